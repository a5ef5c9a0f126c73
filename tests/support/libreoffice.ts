// LibreOffice (soffice --headless) for tests: convert a file to pdf, csv or
// xlsx in a temporary directory. Each process uses its own profile
// (-env:UserInstallation=file:///tmp/lo-profile-<pid>) so parallel jest workers
// do not fight over one profile. Absent soffice: `libreOfficeSkipReason()`
// says why, and tests skip with that printed reason.
import { execFile } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { basename, extname, join } from "path";

const KANDIDAT = [
  "/usr/bin/soffice",
  "/usr/bin/libreoffice",
  "/usr/lib/libreoffice/program/soffice",
];

export function sofficePath(): string | null {
  const env = process.env.SOFFICE;
  if (env && existsSync(env)) return env;
  return KANDIDAT.find((p) => existsSync(p)) ?? null;
}

/** Why LibreOffice tests cannot run here, or null when they can. */
export function libreOfficeSkipReason(): string | null {
  return sofficePath() === null
    ? "LibreOffice (soffice) tidak ditemukan: uji LibreOffice dilewati"
    : null;
}

export interface ConvertResult {
  /** Files written into outDir. */
  files: string[];
  outDir: string;
  stdout: string;
  stderr: string;
}

/**
 * Convert `input` with `soffice --headless --convert-to <format>`. `format` is
 * what soffice takes ("pdf", "xlsx", or a csv filter string). Resolves with
 * the files written; rejects with soffice's output when nothing was written.
 */
export function convert(input: string, format: string, outDir?: string): Promise<ConvertResult> {
  const soffice = sofficePath();
  if (!soffice) return Promise.reject(new Error(libreOfficeSkipReason() ?? "soffice absent"));
  const dir = outDir ?? mkdtempSync(join(tmpdir(), "lkj-lo-"));
  const before = new Set(readdirSync(dir));
  const args = [
    `-env:UserInstallation=file:///tmp/lo-profile-${process.pid}`,
    "--headless",
    "--norestore",
    "--convert-to",
    format,
    "--outdir",
    dir,
    input,
  ];
  return new Promise((resolvePromise, reject) => {
    execFile(soffice, args, { timeout: 90_000 }, (error, stdout, stderr) => {
      const files = readdirSync(dir)
        .filter((f) => !before.has(f))
        .map((f) => join(dir, f));
      if (files.length === 0) {
        reject(new Error(`soffice gagal: ${error?.message ?? ""}\n${stdout}\n${stderr}`));
        return;
      }
      resolvePromise({ files, outDir: dir, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** Minimal RFC 4180 CSV parser (quotes, doubled quotes, newlines in quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Recalculate a workbook in LibreOffice and return every sheet as CSV rows of
 * raw values (not as shown: 0.75, not "75%"); errors appear as "#DIV/0!" etc.
 * Keyed by sheet name.
 */
export async function recalcSheets(input: string): Promise<Record<string, string[][]>> {
  // Filter options: comma, quote, UTF-8, from line 1, ..., "as shown" off, formulas off, all sheets (-1).
  const filter =
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,false,false,false,-1";
  const res = await convert(input, filter);
  const stem = basename(input, extname(input));
  const out: Record<string, string[][]> = {};
  for (const file of res.files) {
    const name = basename(file, ".csv");
    const sheet = name.startsWith(`${stem}-`) ? name.slice(stem.length + 1) : name;
    out[sheet] = parseCsv(readFileSync(file, "utf8"));
  }
  return out;
}

/** CSV rows of one sheet as objects keyed by the header row. */
export function rowsByHeader(rows: string[][]): Record<string, string>[] {
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

/**
 * Recalculate a workbook in LibreOffice and save it back as .xlsx; returns the
 * path of the recalculated copy. Formula cells then hold LibreOffice's cached
 * results at full precision (read them with exceljs: cell.value.result).
 */
export async function recalcXlsx(input: string): Promise<string> {
  const res = await convert(input, "xlsx");
  const out = res.files.find((f) => f.endsWith(".xlsx"));
  if (!out) throw new Error(`soffice tidak menulis xlsx: ${res.stdout} ${res.stderr}`);
  return out;
}
