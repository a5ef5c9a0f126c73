// The `lkj` command line: dispatches to one module per command. Every failure
// ends as one Indonesian line on stderr and a non-zero exit code, never a stack trace.
import { commands } from "./registry";
import { CliError, type Io, processIo } from "./io";

const HELP = `lkj — alat baris perintah Laporan Kinerja (LKj)

Pemakaian: lkj <perintah> [pilihan]

Perintah:
${commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join("\n")}

Ketik "lkj <perintah> --help" untuk pilihan tiap perintah.`;

export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "bantuan") {
    io.out(HELP + "\n");
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`lkj: perintah "${name}" tidak dikenal. Ketik "lkj --help" untuk daftar perintah.\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`lkj ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`lkj ${name}: terjadi kesalahan tak terduga (${detail}).\n`);
    return 2;
  }
}
