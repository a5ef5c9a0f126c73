// A small argument parser for the `lkj` commands: flags with values, boolean
// flags and positionals, with Indonesian errors for anything unknown.
import { CliError } from "./io";

export interface ArgSpec {
  /** Flags that take a value, e.g. { "-o": "output", "--jenis": "jenis" }. */
  values?: Record<string, string>;
  /** Flags without a value, e.g. { "--json": "json" }. */
  flags?: Record<string, string>;
}

export interface ParsedArgs {
  options: Record<string, string>;
  flags: Record<string, boolean>;
  positionals: string[];
  help: boolean;
}

export function parseArgs(args: string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { options: {}, flags: {}, positionals: [], help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s) : [arg];
    if (flag === "--help" || flag === "-h") {
      parsed.help = true;
    } else if (spec.values && flag in spec.values) {
      const value = inline ?? args[++i];
      if (value === undefined || value === "") {
        throw new CliError(`pilihan ${flag} memerlukan nilai.`);
      }
      parsed.options[spec.values[flag]] = value;
    } else if (spec.flags && flag in spec.flags) {
      parsed.flags[spec.flags[flag]] = true;
    } else if (flag.startsWith("-") && flag.length > 1) {
      throw new CliError(`pilihan ${flag} tidak dikenal. Ketik --help untuk pilihan yang ada.`);
    } else {
      parsed.positionals.push(arg);
    }
  }
  return parsed;
}
