// `npm run demo`: the whole job on the example reports transcribed from real
// ones. `lkj contoh` writes each as a workbook, then `lkj hitung`, `lkj periksa`
// and `lkj narasi` (Word and Markdown) run on it, every output into
// demo-output/ (or the folder given as the first argument). The same command
// line a user runs, in-process.
import { mkdirSync, readdirSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { run } from "../src/cli/main";
import type { Io } from "../src/cli/io";

interface Captured extends Io {
  stdout: string;
  stderr: string;
}

function capture(): Captured {
  const io: Captured = {
    stdout: "",
    stderr: "",
    out(text) {
      io.stdout += text;
    },
    err(text) {
      io.stderr += text;
    },
  };
  return io;
}

export interface DemoRow {
  workbook: string;
  periksaExit: number;
  ringkasan: string;
  files: string[];
}

async function lkj(argv: string[]): Promise<{ code: number; io: Captured }> {
  const io = capture();
  const code = await run(argv, io);
  return { code, io };
}

/** Runs the demo into outDir; returns one row per example workbook. */
export async function runDemo(outDir: string, log: (line: string) => void): Promise<DemoRow[]> {
  const dir = resolve(outDir);
  const contohDir = join(dir, "contoh");
  mkdirSync(contohDir, { recursive: true });
  const contoh = await lkj(["contoh", "-o", contohDir]);
  if (contoh.code !== 0) throw new Error(`lkj contoh gagal: ${contoh.io.stderr.trim()}`);
  log(contoh.io.stdout.trim());

  const rows: DemoRow[] = [];
  const workbooks = readdirSync(contohDir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  for (const file of workbooks) {
    const id = file.replace(/\.xlsx$/, "");
    const xlsx = join(contohDir, file);
    const hasil = join(dir, id);
    mkdirSync(hasil, { recursive: true });
    const files: string[] = [];
    const simpan = (name: string, text: string) => {
      writeFileSync(join(hasil, name), text);
      files.push(join(hasil, name));
    };

    const hitung = await lkj(["hitung", xlsx]);
    simpan("hitung.txt", hitung.io.stdout + hitung.io.stderr);
    const hitungJson = await lkj(["hitung", xlsx, "--json"]);
    simpan("hitung.json", hitungJson.io.stdout);

    const periksa = await lkj(["periksa", xlsx]);
    simpan("periksa.txt", periksa.io.stdout + periksa.io.stderr);
    const periksaJson = await lkj(["periksa", xlsx, "--json"]);
    simpan("periksa.json", periksaJson.io.stdout);

    const docx = join(hasil, "narasi.docx");
    const narasi = await lkj(["narasi", xlsx, "-o", docx]);
    if (narasi.code !== 0) throw new Error(`lkj narasi gagal: ${narasi.io.stderr.trim()}`);
    files.push(docx);
    const md = join(hasil, "narasi.md");
    const narasiMd = await lkj(["narasi", xlsx, "--format", "md", "-o", md]);
    if (narasiMd.code !== 0) throw new Error(`lkj narasi --format md gagal: ${narasiMd.io.stderr}`);
    files.push(md);

    const ringkasan = periksa.io.stdout.trim().split("\n").pop() ?? "";
    rows.push({ workbook: xlsx, periksaExit: periksa.code, ringkasan, files });
    log(`\n${id}\n  periksa: ${ringkasan} (kode keluar ${periksa.code})`);
    for (const f of files) log(`  ${f}`);
  }
  return rows;
}

if (require.main === module) {
  const out = process.argv[2] ?? "demo-output";
  runDemo(out, (line) => console.log(line))
    .then((rows) => {
      console.log(
        `\nSelesai: ${rows.length} buku kerja contoh dihitung, diperiksa dan dinarasikan ke ${resolve(out)}.`
      );
      console.log(
        "Buka narasi.docx di Word atau LibreOffice; periksa.txt berisi temuan per lembar."
      );
    })
    .catch((error: unknown) => {
      console.error(`Demo gagal: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    });
}
