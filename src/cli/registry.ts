// Every `lkj` command, in the order `lkj --help` lists them. Each lives in commands/<name>.ts.
import type { Command } from "./io";

export const commands: Command[] = [];
