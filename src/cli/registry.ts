// Every `lkj` command, in the order `lkj --help` lists them. Each lives in commands/<name>.ts.
import type { Command } from "./io";
import { templat } from "./commands/templat";
import { hitung } from "./commands/hitung";
import { periksa } from "./commands/periksa";
import { contoh } from "./commands/contoh";
import { narasi } from "./commands/narasi";

export const commands: Command[] = [templat, contoh, hitung, periksa, narasi];
