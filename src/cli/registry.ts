// Every `lkj` command, in the order `lkj --help` lists them. Each lives in commands/<name>.ts.
import type { Command } from "./io";
import { templat } from "./commands/templat";

export const commands: Command[] = [templat];
