// Test helpers that read a narrative document back as text, written apart from
// the renderers so a renderer bug cannot hide a builder bug: the text of every
// block, and the figure walk that checks each number in the text against the
// figures the model computed.
import type {
  Block,
  ListBlock,
  NarrativeDocument,
  Run,
  SignatureSide,
} from "../../../src/core/narrative/document";
import type { RawWorkbook, ReportModel } from "../../../src/core/model/types";
import { formatAngka, formatPersen } from "../../../src/core/format/angka";
import { formatRupiah } from "../../../src/core/format/rupiah";
import { terbilang } from "../../../src/core/format/terbilang";
import { formatTanggal, periodeTahunan, periodeTriwulan } from "../../../src/core/format/tanggal";
import { formatNip } from "../../../src/core/nip";
import { rataRataIkm } from "../../../src/core/kinerja/ikm";

function runText(r: Run): string {
  return r.kind === "text" ? r.text : `[perlu dilengkapi: ${r.label}]`;
}

function line(runs: readonly Run[]): string {
  return runs.map(runText).join("");
}

/** Every piece of text of the document: title lines, headings, paragraphs, list items, cells, signature lines. */
export function segmen(doc: NarrativeDocument): { text: string; where: string }[] {
  const out: { text: string; where: string }[] = [];
  out.push({ text: doc.judul, where: "judul" });
  for (const s of doc.subjudul ?? []) out.push({ text: s, where: "subjudul" });
  const list = (l: ListBlock): void => {
    for (const it of l.items) {
      out.push({ text: line(it.runs), where: "list" });
      if (it.children) list(it.children);
    }
  };
  const side = (s: SignatureSide | null): void => {
    if (!s) return;
    for (const l of s.above) out.push({ text: line(l), where: "signature" });
    out.push({ text: line(s.nama), where: "signature" });
    out.push({ text: line(s.nip), where: "signature" });
  };
  const visit = (b: Block): void => {
    switch (b.type) {
      case "heading":
        out.push({ text: line(b.runs), where: `heading${b.level}` });
        break;
      case "paragraph":
        out.push({ text: line(b.runs), where: "paragraph" });
        break;
      case "list":
        list(b);
        break;
      case "table":
        if (b.caption) out.push({ text: b.caption, where: "caption" });
        for (const r of [...b.header, ...b.body])
          r.forEach((c, i) => out.push({ text: line(c.runs), where: i === 0 ? "cell0" : "cell" }));
        break;
      case "signature":
        side(b.left);
        side(b.right);
        break;
      case "pageBreak":
        break;
    }
  };
  doc.blocks.forEach(visit);
  return out;
}

export function semuaTeks(doc: NarrativeDocument): string {
  return segmen(doc)
    .map((s) => s.text)
    .join("\n");
}

export function judulJudul(doc: NarrativeDocument): string[] {
  return doc.blocks.filter((b) => b.type === "heading").map((b) => line(b.runs));
}

// ---------------------------------------------------------------------------
// The figure walk

const TRIM = { trim: true };

function bentuk(v: number | null | undefined, out: Set<string>): void {
  if (v === null || v === undefined || !Number.isFinite(v)) return;
  out.add(formatAngka(v, 2, TRIM));
  out.add(formatPersen(v, 2, TRIM));
  out.add(formatRupiah(v));
  out.add(formatAngka(v, 0));
}

function hasil(h: { ok: boolean; value?: number } | null | undefined, out: Set<string>): void {
  if (h && h.ok) bentuk(h.value, out);
}

/** Every figure the model holds or computed, in each way the narrative may print it. */
export function figurModel(m: ReportModel): Set<string> {
  const out = new Set<string>(["100%"]);
  const r = m.ringkasan;
  for (const v of [r.totalPagu, r.totalRealisasi, r.sisaAnggaran, r.rataRataCapaian])
    bentuk(v, out);
  hasil(r.serapanTotal, out);
  if (m.tahun !== null) out.add(String(m.tahun));
  for (const k of m.kinerja) {
    out.add(String(k.row));
    // A plain figure of an indicator whose Satuan is "%" is printed with the sign: 85 → "85%".
    const satuanPersen = /^\s*(%|persen(tase)?)\s*$/i.test(String(k.satuan.value ?? ""));
    const polosPersen = (v: number | null | undefined) => {
      if (satuanPersen && typeof v === "number" && Number.isFinite(v))
        out.add(`${formatAngka(v, 2, TRIM)}%`);
    };
    if (typeof k.no.value === "string") out.add(k.no.value.trim());
    for (const c of [k.target, k.targetAwal]) {
      const v = c?.value;
      if (typeof v === "number") {
        bentuk(v, out);
        polosPersen(v);
      } else if (v) {
        bentuk(v.bawah, out);
        bentuk(v.atas, out);
        polosPersen(v.atas);
      }
    }
    for (const c of [k.realisasi, k.pembilang, k.penyebut, ...k.realisasiTw]) {
      bentuk(c?.value, out);
      polosPersen(c?.value);
    }
    hasil(k.computed.capaian, out);
    hasil(k.computed.capaianTanpaBatas, out);
  }
  for (const b of m.anggaran) {
    out.add(String(b.row));
    if (typeof b.no.value === "string") out.add(b.no.value.trim());
    bentuk(b.pagu.value, out);
    bentuk(b.realisasi.value, out);
    hasil(b.computed.serapan, out);
    hasil(b.computed.capaianKinerja, out);
    hasil(b.computed.efisiensi, out);
  }
  // Capaian per sasaran: the mean of the computable capaian of its indicators, and their count.
  const perSasaran = new Map<string, number[]>();
  for (const k of m.kinerja) {
    const s = typeof k.sasaran.value === "string" ? k.sasaran.value.trim() : "";
    if (s === "" || !k.computed.capaian.ok) continue;
    perSasaran.set(s, [...(perSasaran.get(s) ?? []), k.computed.capaian.value]);
  }
  for (const xs of perSasaran.values()) {
    out.add(String(xs.length));
    bentuk(xs.reduce((a, v) => a + v, 0) / xs.length, out);
  }
  const t = m.tahunan;
  // Tren and Pembanding figures are printed with their indicator's Satuan too (85 → "85%").
  const noPersen = new Set(
    m.kinerja
      .filter((k) => /^\s*(%|persen(tase)?)\s*$/i.test(String(k.satuan.value ?? "")))
      .map((k) => String(k.no.value ?? "").trim())
  );
  const polosDari = (no: string | null, v: number | null | undefined) => {
    if (no !== null && noPersen.has(no.trim()) && typeof v === "number" && Number.isFinite(v))
      out.add(`${formatAngka(v, 2, TRIM)}%`);
  };
  for (const x of t.tren) {
    if (x.tahun.value !== null) out.add(String(x.tahun.value));
    const v = x.target.value;
    if (typeof v === "number") bentuk(v, out);
    bentuk(x.realisasi.value, out);
    hasil(x.computed.capaian, out);
    polosDari(x.noKinerja.value, typeof v === "number" ? v : null);
    polosDari(x.noKinerja.value, x.realisasi.value);
  }
  t.pembanding.forEach((x) => polosDari(x.noKinerja.value, x.realisasi.value));
  const ikm = t.ikm.map((x) => x.nilai.value).filter((v): v is number => v !== null);
  ikm.forEach((v) => bentuk(v, out));
  if (ikm.length > 0) hasil(rataRataIkm(ikm), out);
  t.pembanding.forEach((x) => bentuk(x.realisasi.value, out));
  t.saranaPrasarana.forEach((x) => bentuk(x.jumlah.value, out));
  for (const band of m.skala.bands) bentuk(band.lower, out);
  const pasal = m.profil.pasalTugasFungsi.value;
  if (typeof pasal === "string") out.add(pasal.replace(/^pasal\s*/i, "").trim());
  return out;
}

/** The size of the largest collection: the bound for a count printed as "N (kata)". */
function batasHitungan(m: ReportModel): number {
  const t = m.tahunan;
  return Math.max(
    m.kinerja.length,
    m.anggaran.length,
    m.strategi.length,
    t.sdm.length,
    t.ikm.length,
    t.pembanding.length,
    t.tren.length
  );
}

/** Texts typed in the workbook: removed before the walk, since figures inside them are the user's own. */
function teksMasukan(raw: RawWorkbook, m: ReportModel): string[] {
  const out = new Set<string>();
  for (const tb of raw.tables) {
    for (const row of tb.values) {
      for (const v of row) {
        if (typeof v === "string" && v.trim().length >= 2 && /[A-Za-z]/.test(v)) out.add(v.trim());
      }
    }
  }
  const nip = (v: unknown) => {
    if (typeof v === "string" && v.trim() !== "") out.add(`NIP. ${formatNip(v)}`);
  };
  nip(m.profil.nip.value);
  nip(m.profil.nipAtasan.value);
  m.tahunan.sdm.forEach((s) => nip(s.nip.value));
  const tgl = m.profil.tanggalLaporan.value;
  if (tgl !== null) out.add(formatTanggal(tgl));
  if (m.tahun !== null) {
    const p = m.triwulan !== null ? periodeTriwulan(m.triwulan, m.tahun) : periodeTahunan(m.tahun);
    out.add(p.teks);
    out.add(formatTanggal(p.akhir));
    out.add(formatTanggal(periodeTahunan(m.tahun).akhir));
  }
  return [...out].sort((a, b) => b.length - a.length);
}

export interface FigurAsing {
  token: string;
  text: string;
}

/**
 * Every number in the document that is not a figure of the model. Counts
 * written "N (kata)" must spell N and stay within the model's collections;
 * the one legal constant is the 5 working-day deadline.
 */
export function figurAsing(doc: NarrativeDocument, m: ReportModel, raw: RawWorkbook): FigurAsing[] {
  const boleh = figurModel(m);
  const masukan = teksMasukan(raw, m);
  const batas = batasHitungan(m);
  const out: FigurAsing[] = [];
  for (const { text, where } of segmen(doc)) {
    let s = text;
    for (const x of masukan) if (s.includes(x)) s = s.split(x).join(" ");
    s = s.replace(/\[perlu dilengkapi: [^\]]*\]/g, (ph) => {
      // Row numbers in placeholders must be rows of the model.
      for (const n of ph.match(/\d+/g) ?? []) if (!boleh.has(n)) out.push({ token: n, text });
      return " ";
    });
    s = s.replace("paling lambat 5 (lima) hari kerja", " ");
    s = s.replace(/Tabel \d+\.\d+/g, " ");
    if (where.startsWith("heading")) s = s.replace(/^\d+(\.\d+)*\s/, " ");
    // The No column of a table the builder numbers itself (SDM, IKM, …): 1, 2, 3 …
    if (where === "cell0" && /^\d+$/.test(s.trim()) && Number(s) <= batas) continue;
    // List numbering inside cells and bold leads ("1. Membuat …", "2. Indikator …").
    s = s.replace(/^\d+\.\s/, " ");
    s = s.replace(/(\d+) \(([a-z][a-z ]*)\)/g, (_all, n: string, kata: string) => {
      const v = Number(n);
      const eja = terbilang(v);
      if (!eja.ok || eja.value !== kata || v > batas) out.push({ token: `${n} (${kata})`, text });
      return " ";
    });
    for (const tok of s.match(/-?(?:Rp)?\d+(?:\.\d{3})*(?:,\d+)?%?/g) ?? []) {
      if (!boleh.has(tok)) out.push({ token: tok, text });
    }
  }
  return out;
}
