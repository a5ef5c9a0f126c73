// Building blocks shared by the Triwulan and Tahunan builders: the report's
// identity (who, where, when), table numbering, the capaian and budget tables,
// per-indicator explanations and the signature block.
import { formatTanggal, periodeTahunan, periodeTriwulan, romawi } from "../format/tanggal";
import { anggaranLengkap, barisPuncak } from "../model/map";
import type { BarisAnggaran, IndikatorKinerja, ReportModel } from "../model/types";
import type { GayaRupiah } from "../format/rupiah";
import type {
  Block,
  ColumnAlign,
  HeadingBlock,
  ListBlock,
  ListItem,
  ListStyle,
  NarrativeDocument,
  ParagraphBlock,
  Run,
  SignatureSide,
  TableBlock,
  TableCell,
} from "./document";
import {
  angka,
  daftarKata,
  figurCapaian,
  figurSel,
  figurTarget,
  isiAtau,
  aturGayaRupiah,
  jumlah,
  mulaiMemo,
  nipTeks,
  persen,
  ph,
  rupiah,
  runs,
  sel,
  t,
  teks,
  type Bagian,
} from "./bahasa";
import { sidikJari } from "./sidik";

// ---------------------------------------------------------------------------
// Block constructors

/**
 * A budget total in a sentence: the Rupiah figure, or a placeholder naming the
 * lines whose value is not a number yet, so no incomplete sum reads as the total.
 */
export function totalAnggaran(jumlah: number, tidakTerbaca: string[], apa: string): Bagian {
  return tidakTerbaca.length === 0
    ? rupiah(jumlah)
    : ph(`${apa} anggaran ${daftarKata(tidakTerbaca)} (sheet Anggaran) belum berupa angka`);
}

/** A budget total in a table's Jumlah row: "–" while a line's value is not a number. */
function jumlahSel(jumlah: number, tidakTerbaca: string[]): TableCell {
  return sel(tidakTerbaca.length === 0 ? angka(jumlah) : "–", { bold: true });
}

export function judul(level: 1 | 2 | 3, ...parts: Bagian[]): HeadingBlock {
  return level === 1
    ? { type: "heading", level, runs: runs(...parts), centered: true }
    : { type: "heading", level, runs: runs(...parts) };
}

export function para(...parts: Bagian[]): ParagraphBlock {
  return { type: "paragraph", runs: runs(...parts) };
}

export function daftar(style: ListStyle, items: (Run[] | ListItem)[]): ListBlock {
  return {
    type: "list",
    style,
    items: items.map((it) => (Array.isArray(it) ? { runs: it } : it)),
  };
}

/** Choices of the office, not of the workbook. */
export interface OpsiNarasi {
  /** How Rupiah amounts are written in sentences (default PUEBI: "Rp1.234.567"). */
  gayaRupiah?: GayaRupiah;
}

// ---------------------------------------------------------------------------
// Context: the model plus what every sentence needs about the report.

export class Konteks {
  readonly m: ReportModel;
  /** Chapter number used for table captions ("Tabel 2.3"). */
  private bab = 0;
  private nomorTabel = 0;
  // Sentence parts every section repeats, computed once (a report may have thousands of rows).
  /** The reporting official (jabatan), or a placeholder. */
  readonly jabatan: Run;
  readonly unitKerja: Run;
  readonly pemda: Run;
  readonly tahun: Run;
  /** "Triwulan III" or a placeholder when the quarter is missing. */
  readonly triwulanTeks: Run;
  /** "1 Juli s.d. 30 September 2023" (Triwulan) or the whole year (Tahunan). */
  readonly periodeTeks: Run;
  /** The end of the period the cumulative realisasi runs to: "30 September 2023". */
  readonly akhirPeriode: Run;
  readonly tanggalLaporan: Run;
  private readonly strategiPerNo = new Map<string, { strategi: string; bulan: string | null }[]>();
  private readonly kinerjaPerNo = new Map<string, IndikatorKinerja>();
  private readonly strategiUnik: string[] = [];

  constructor(m: ReportModel, opsi: OpsiNarasi = {}) {
    mulaiMemo();
    aturGayaRupiah(opsi.gayaRupiah);
    this.m = m;
    const p = m.profil;
    const { triwulan, tahun, jenis } = m;
    this.jabatan = isiAtau(p.jabatan, "jabatan pelapor (Profil: Jabatan)");
    this.unitKerja = isiAtau(p.unitKerja, "unit kerja (Profil: Unit Kerja)");
    this.pemda = isiAtau(p.pemerintahDaerah, "pemerintah daerah (Profil: Pemerintah Daerah)");
    const tanpaTahun = ph("tahun laporan (Profil: Tahun)");
    const tanpaTw = ph("triwulan (Profil: Periode)");
    this.tahun = tahun === null ? tanpaTahun : t(String(tahun));
    this.triwulanTeks = triwulan === null ? tanpaTw : t(`Triwulan ${romawi(triwulan)}`);
    if (tahun === null) {
      this.periodeTeks = tanpaTahun;
      this.akhirPeriode = tanpaTahun;
    } else if (jenis === "Tahunan") {
      const per = periodeTahunan(tahun);
      this.periodeTeks = t(per.teks);
      this.akhirPeriode = t(formatTanggal(per.akhir));
    } else if (triwulan === null) {
      this.periodeTeks = tanpaTw;
      this.akhirPeriode = tanpaTw;
    } else {
      const per = periodeTriwulan(triwulan, tahun);
      this.periodeTeks = t(per.teks);
      this.akhirPeriode = t(formatTanggal(per.akhir));
    }
    const tgl = p.tanggalLaporan.value;
    const tglTeks = tgl === null ? "" : formatTanggal(tgl);
    this.tanggalLaporan =
      tglTeks === "" ? ph("tanggal laporan (Profil: Tanggal Laporan)") : t(tglTeks);

    const seen = new Set<string>();
    for (const s of m.strategi) {
      const isi = teks(s.strategi);
      if (isi === null) continue;
      if (!seen.has(isi)) {
        seen.add(isi);
        this.strategiUnik.push(isi);
      }
      const no = teks(s.noKinerja);
      if (no === null) continue;
      const daftarNo = this.strategiPerNo.get(no);
      const item = { strategi: isi, bulan: teks(s.padaBulan) };
      if (daftarNo) daftarNo.push(item);
      else this.strategiPerNo.set(no, [item]);
    }
    for (const k of m.kinerja) {
      const no = teks(k.no);
      // The first row with a No wins, as a lookup by No in a sheet would.
      if (no !== null && !this.kinerjaPerNo.has(no)) this.kinerjaPerNo.set(no, k);
    }
  }

  setBab(n: number): void {
    this.bab = n;
    this.nomorTabel = 0;
  }

  /** Next caption number of the current chapter: "Tabel 2.1". */
  tabel(judulTabel: string): string {
    this.nomorTabel++;
    return `Tabel ${this.bab}.${this.nomorTabel} ${judulTabel}`;
  }

  /** Kinerja rows in table order. */
  get kinerja(): IndikatorKinerja[] {
    return this.m.kinerja;
  }

  /** The indicator with this No (first row when repeated). */
  kinerjaDenganNo(no: string | null): IndikatorKinerja | undefined {
    return no === null ? undefined : this.kinerjaPerNo.get(no);
  }

  /** Strategies of an indicator (by its No), in sheet order. */
  strategiUntuk(k: IndikatorKinerja): readonly { strategi: string; bulan: string | null }[] {
    const no = teks(k.no);
    return (no === null ? undefined : this.strategiPerNo.get(no)) ?? [];
  }

  /** Every strategy text once, in sheet order. */
  semuaStrategi(): readonly string[] {
    return this.strategiUnik;
  }
}

// ---------------------------------------------------------------------------
// Indicators

/** Name of an indicator for sentences: its text, or a placeholder naming its row. */
export function namaIndikator(k: IndikatorKinerja): Run {
  return isiAtau(k.indikator, `nama indikator kinerja (Kinerja baris ${k.row})`);
}

export function namaSasaran(k: IndikatorKinerja): Run {
  return isiAtau(k.sasaran, `sasaran (Kinerja baris ${k.row})`);
}

function nomor(k: IndikatorKinerja, urut: number): string {
  return teks(k.no) ?? String(urut);
}

const TINGKAT_LABEL: Record<string, string> = {
  Tujuan: "Tujuan",
  Sasaran: "Sasaran",
  Program: "Sasaran Program",
  Kegiatan: "Sasaran Kegiatan",
  "Sub Kegiatan": "Sasaran Sub Kegiatan",
};

/**
 * Body rows grouped by Tingkat when more than one level is present (the seeds
 * separate "Sasaran" and "Sasaran Program"): a spanning label row per group.
 */
function barisBertingkat(
  kinerja: IndikatorKinerja[],
  kolom: number,
  baris: (k: IndikatorKinerja, urut: number) => TableCell[]
): TableCell[][] {
  const tingkat = new Set(kinerja.map((k) => k.tingkat.value ?? ""));
  const out: TableCell[][] = [];
  let sebelum: string | undefined;
  kinerja.forEach((k, idx) => {
    const tk = k.tingkat.value ?? "";
    if (tingkat.size > 1 && tk !== sebelum) {
      out.push([sel(TINGKAT_LABEL[tk] ?? "Lainnya", { colSpan: kolom, bold: true })]);
      sebelum = tk;
    }
    out.push(baris(k, idx + 1));
  });
  return out;
}

function kosongAtau(s: string | null): string {
  return s ?? "";
}

/** The Perjanjian Kinerja table (No, Sasaran, Indikator, Target; Target Awal when present). */
export function tabelPerjanjian(ctx: Konteks, caption: string, rows = ctx.kinerja): TableBlock {
  const adaAwal = rows.some((k) => k.targetAwal !== null && k.targetAwal.value !== null);
  const header = adaAwal
    ? ["No", "Sasaran", "Indikator Kinerja", "Target Awal", "Target"]
    : ["No", "Sasaran", "Indikator Kinerja", "Target"];
  const align: ColumnAlign[] = adaAwal
    ? ["center", "left", "left", "right", "right"]
    : ["center", "left", "left", "right"];
  const body = barisBertingkat(rows, header.length, (k, urut) => {
    const cells = [
      sel(nomor(k, urut)),
      sel(kosongAtau(teks(k.sasaran))),
      sel(kosongAtau(teks(k.indikator))),
    ];
    if (adaAwal) cells.push(sel(kosongAtau(figurTarget(k.targetAwal, k))));
    cells.push(sel(figurTarget(k.target, k) ?? ph(`target (Kinerja baris ${k.row})`)));
    return cells;
  });
  return {
    type: "table",
    caption,
    header: [header.map((h) => sel(h))],
    body,
    align,
    widths: adaAwal ? [1, 5, 6, 2, 2] : [1, 5, 6, 2],
  };
}

/** The capaian table: No, Sasaran, Indikator, Target, Realisasi, Capaian, Predikat. */
export function tabelCapaian(ctx: Konteks, caption: string, rows = ctx.kinerja): TableBlock {
  const header = [
    "No",
    "Sasaran",
    "Indikator Kinerja",
    "Target",
    "Realisasi",
    "Capaian",
    "Predikat",
  ];
  const body = barisBertingkat(rows, header.length, (k, urut) => [
    sel(nomor(k, urut)),
    sel(kosongAtau(teks(k.sasaran))),
    sel(kosongAtau(teks(k.indikator))),
    sel(kosongAtau(figurTarget(k.target, k))),
    sel(kosongAtau(figurSel(k.realisasi, k))),
    sel(figurCapaian(k.computed.capaian) ?? "–"),
    sel(k.computed.predikat ?? "–"),
  ]);
  return {
    type: "table",
    caption,
    header: [header.map((h) => sel(h))],
    body,
    align: ["center", "left", "left", "right", "right", "right", "center"],
    widths: [1, 4, 5, 2, 2, 2, 2],
  };
}

/**
 * What one indicator achieved, in sentences: target, realisasi, capaian and
 * predikat, the direction when lower is better, Formulasi/Pembilang/Penyebut.
 */
export function penjelasanIndikator(ctx: Konteks, k: IndikatorKinerja): Block[] {
  const out: Block[] = [];
  const target = figurTarget(k.target, k);
  const realisasi = figurSel(k.realisasi, k);
  const c = k.computed.capaian;
  const kalimat: Bagian[] = [
    "Indikator ini ditargetkan sebesar ",
    target ?? ph(`target (Kinerja baris ${k.row})`),
    " dengan realisasi sampai dengan ",
    ctx.akhirPeriode,
    " sebesar ",
    realisasi ?? ph(`realisasi (Kinerja baris ${k.row})`),
    // Realisasi was blank and the quarter's cumulative column stood in for it: say where it came from.
    k.realisasiDariTw && ctx.m.triwulan !== null
      ? ` (dari kolom Realisasi TW ${romawi(ctx.m.triwulan)})`
      : "",
  ];
  if (c.ok) {
    kalimat.push(", sehingga capaian kinerjanya sebesar ", figurCapaian(c));
    kalimat.push(
      k.computed.predikat ? [" dengan predikat ", k.computed.predikat] : "",
      k.computed.tercapai
        ? ". Target indikator ini telah tercapai."
        : ". Target indikator ini belum tercapai."
    );
    const tanpaBatas = k.computed.capaianTanpaBatas;
    if (tanpaBatas.ok && tanpaBatas.value > c.value) {
      kalimat.push(
        " Capaian sebelum dibatasi sebesar ",
        persen(tanpaBatas.value),
        " dan dibatasi menjadi ",
        figurCapaian(c),
        " sesuai Batas Capaian pada Profil."
      );
    }
  } else if (realisasi !== null && target !== null) {
    kalimat.push(". Capaian indikator ini belum dapat dihitung: ", c.error.message, ".");
  } else {
    kalimat.push(".");
  }
  out.push(para(...kalimat));
  if (k.arah.value === "Turun") {
    out.push(
      para(
        "Indikator ini bersifat menurun (semakin kecil realisasi semakin baik), sehingga capaian dihitung dari dua kali target dikurangi realisasi, kemudian dibagi target."
      )
    );
  }
  const formulasi = teks(k.formulasi);
  const pembilang = figurSel(k.pembilang, k, false);
  const penyebut = figurSel(k.penyebut, k, false);
  if (formulasi !== null || (pembilang !== null && penyebut !== null)) {
    out.push(
      para(
        formulasi !== null
          ? ["Realisasi dihitung dengan formulasi: ", formulasi]
          : "Realisasi dihitung",
        pembilang !== null && penyebut !== null
          ? [formulasi !== null ? ", yaitu " : " dari ", pembilang, " dibanding ", penyebut]
          : "",
        "."
      )
    );
  }
  const ket = teks(k.keterangan);
  if (ket !== null) out.push(para("Keterangan: ", ket, /[.!?]$/.test(ket) ? "" : "."));
  return out;
}

// ---------------------------------------------------------------------------
// Budget

/** The indicator a budget line serves, when linked by No Kinerja. */
export function indikatorUntuk(ctx: Konteks, b: BarisAnggaran): IndikatorKinerja | null {
  return ctx.kinerjaDenganNo(teks(b.noKinerja)) ?? null;
}

/** Cost per outcome: each budget line with pagu, realisasi, serapan, capaian kinerja, efisiensi. */
export function tabelAnggaran(ctx: Konteks, caption: string): TableBlock {
  const m = ctx.m;
  const denganKinerja = m.anggaran.some((b) => b.computed.capaianKinerja !== null);
  const header = ["No", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan"];
  if (denganKinerja) header.push("Capaian Kinerja", "Efisiensi (poin)", "Predikat Efisiensi");
  const body: TableCell[][] = m.anggaran.map((b, idx) => {
    const cells = [
      sel(teks(b.no) ?? String(idx + 1)),
      sel(teks(b.uraian) ?? ph(`uraian program/kegiatan (Anggaran baris ${b.row})`)),
      sel(b.pagu.value === null ? "" : angka(b.pagu.value)),
      sel(b.realisasi.value === null ? "" : angka(b.realisasi.value)),
      sel(figurCapaian(b.computed.serapan) ?? "–"),
    ];
    if (denganKinerja) {
      const e = b.computed.efisiensi;
      cells.push(
        sel(
          b.computed.capaianKinerja === null ? "" : (figurCapaian(b.computed.capaianKinerja) ?? "–")
        ),
        sel(e === null ? "" : e.ok ? angka(e.value) : "–"),
        sel(b.computed.efisiensiPredikat ?? "")
      );
    }
    return cells;
  });
  const r = m.ringkasan;
  const total: TableCell[] = [
    sel("Jumlah", { colSpan: 2, bold: true }),
    jumlahSel(r.totalPagu, r.paguTidakTerbaca),
    jumlahSel(r.totalRealisasi, r.realisasiTidakTerbaca),
    sel(figurCapaian(r.serapanTotal) ?? "–", { bold: true }),
  ];
  if (denganKinerja) total.push(sel(""), sel(""), sel(""));
  body.push(total);
  const align: ColumnAlign[] = ["center", "left", "right", "right", "right"];
  if (denganKinerja) align.push("right", "right", "center");
  return {
    type: "table",
    caption,
    header: [header.map((h) => sel(h))],
    body,
    align,
    widths: denganKinerja ? [1, 6, 3, 3, 2, 2, 2, 2] : [1, 7, 3, 3, 2],
    totalRows: [body.length - 1],
  };
}

/**
 * The programs of the Perjanjian Kinerja with their pagu and Sumber Dana, and
 * their total (seed 002 lists them under the PK); null without Program rows.
 */
export function tabelProgram(ctx: Konteks, caption: () => string): TableBlock | null {
  const program = ctx.m.anggaran.filter((x) => x.tingkat.value === "Program");
  // The caption is asked for only when the table exists, so table numbers stay consecutive.
  if (program.length === 0) return null;
  const body: TableCell[][] = program.map((x, idx) => [
    sel(teks(x.no) ?? String(idx + 1)),
    sel(teks(x.uraian) ?? ph(`uraian program (Anggaran baris ${x.row})`)),
    sel(x.pagu.value === null ? "" : angka(x.pagu.value)),
    sel(teks(x.sumberDana) ?? ""),
  ]);
  // Program rows are the top level whenever present, so their total is the report's total pagu.
  body.push([
    sel("Jumlah", { colSpan: 2, bold: true }),
    jumlahSel(ctx.m.ringkasan.totalPagu, ctx.m.ringkasan.paguTidakTerbaca),
    sel(""),
  ]);
  return {
    type: "table",
    caption: caption(),
    header: [["No", "Program", "Anggaran (Rp)", "Sumber Dana"].map((h) => sel(h))],
    body,
    align: ["center", "left", "right", "center"],
    widths: [1, 7, 3, 2],
    totalRows: [body.length - 1],
  };
}

/**
 * Sentences on the budget: total pagu, realisasi, serapan and the remaining
 * budget; lines spent above their pagu; the efficiency predikat counts.
 */
export function kalimatAnggaran(ctx: Konteks, akhirTahun: boolean): Block[] {
  const m = ctx.m;
  const r = m.ringkasan;
  const out: Block[] = [];
  const lengkap = anggaranLengkap(r);
  const puncak = barisPuncak(m.anggaran);
  const tingkat = puncak[0]?.tingkat.value;
  const satuanBaris = tingkat === "Program" ? "program" : "kegiatan";
  out.push(
    para(
      "Anggaran yang mendukung pencapaian kinerja terdiri atas ",
      jumlah(puncak.length, satuanBaris),
      " dengan total pagu sebesar ",
      totalAnggaran(r.totalPagu, r.paguTidakTerbaca, "pagu"),
      " dan realisasi sampai dengan ",
      ctx.akhirPeriode,
      " sebesar ",
      totalAnggaran(r.totalRealisasi, r.realisasiTidakTerbaca, "realisasi"),
      r.serapanTotal.ok
        ? [", sehingga serapan anggaran mencapai ", persen(r.serapanTotal.value), "."]
        : lengkap
          ? [". Serapan anggaran belum dapat dihitung: ", r.serapanTotal.error.message, "."]
          : "."
    )
  );
  if (!lengkap) {
    // The remaining budget of an incomplete total would be as wrong as the total.
  } else if (r.sisaAnggaran > 0) {
    out.push(
      para(
        "Sisa anggaran sebesar ",
        rupiah(r.sisaAnggaran),
        akhirTahun
          ? " tidak terserap sampai dengan akhir tahun anggaran."
          : " akan digunakan untuk pelaksanaan kegiatan pada periode berikutnya sesuai jadwal pelaksanaan."
      )
    );
  } else if (r.sisaAnggaran === 0 && r.totalPagu > 0) {
    out.push(para("Seluruh pagu anggaran telah terserap."));
  }
  for (const b of m.anggaran) {
    const p = b.pagu.value;
    const re = b.realisasi.value;
    if (p !== null && re !== null && re > p) {
      out.push(
        para(
          "Realisasi ",
          teks(b.uraian) ?? `baris ${b.row}`,
          " sebesar ",
          rupiah(re),
          " melebihi pagunya sebesar ",
          rupiah(p),
          ": ",
          ph(`penjelasan realisasi di atas pagu (Anggaran baris ${b.row})`),
          "."
        )
      );
    }
  }
  // Efficiency: how many linked lines fall in each predikat, in the scale's order of appearance.
  const hitung = new Map<string, number>();
  for (const b of m.anggaran) {
    const pr = b.computed.efisiensiPredikat;
    if (pr) hitung.set(pr, (hitung.get(pr) ?? 0) + 1);
  }
  if (hitung.size > 0) {
    const bagian = [...hitung.entries()].map(([label, n]) => `${jumlah(n)} tergolong ${label}`);
    const total = [...hitung.values()].reduce((a, n) => a + n, 0);
    out.push(
      para(
        "Dari sisi efisiensi (capaian kinerja dikurangi serapan anggaran, dalam poin persentase), dari ",
        jumlah(total, "program/kegiatan"),
        " yang terkait dengan indikator kinerja, ",
        bagian.length === 1 && total > 1
          ? `seluruhnya tergolong ${[...hitung.keys()][0]}`
          : daftarKata(bagian),
        "."
      )
    );
  }
  return out;
}

// ---------------------------------------------------------------------------
// Signatures

function baris(r: Run): Run[] {
  return [r];
}

/** The reporter's side: place and date, jabatan, name, NIP. */
export function sisiPelapor(ctx: Konteks, pembuka?: string): SignatureSide {
  const p = ctx.m.profil;
  const above: Run[][] = [];
  if (pembuka) above.push([t(pembuka)]);
  above.push(
    runs(isiAtau(p.tempat, "tempat (Profil: Tempat)"), ", ", ctx.tanggalLaporan),
    baris(ctx.jabatan)
  );
  return {
    above,
    nama: [isiAtau(p.nama, "nama pelapor (Profil: Nama)")],
    nip: [nipTeks(p.nip) !== null ? t(nipTeks(p.nip) as string) : ph("NIP pelapor (Profil: NIP)")],
  };
}

/** The superior's side under "Mengetahui," (or another opening line). */
export function sisiAtasan(ctx: Konteks, pembuka = "Mengetahui,"): SignatureSide {
  const p = ctx.m.profil;
  const nip = nipTeks(p.nipAtasan);
  return {
    above: [[t(pembuka)], [isiAtau(p.jabatanAtasan, "jabatan atasan (Profil: Jabatan Atasan)")]],
    nama: [isiAtau(p.namaAtasan, "nama atasan (Profil: Nama Atasan)")],
    nip: [nip !== null ? t(nip) : ph("NIP atasan (Profil: NIP Atasan)")],
  };
}

// ---------------------------------------------------------------------------
// Document assembly

function kumpulkanRuns(blocks: Block[], visit: (r: Run) => void): void {
  const list = (l: ListBlock): void => {
    for (const it of l.items) {
      it.runs.forEach(visit);
      if (it.children) list(it.children);
    }
  };
  for (const bl of blocks) {
    switch (bl.type) {
      case "heading":
      case "paragraph":
        bl.runs.forEach(visit);
        break;
      case "list":
        list(bl);
        break;
      case "table":
        for (const row of bl.header) for (const c of row) c.runs.forEach(visit);
        for (const row of bl.body) for (const c of row) c.runs.forEach(visit);
        break;
      case "signature":
        for (const side of [bl.left, bl.right]) {
          if (!side) continue;
          side.above.forEach((l) => l.forEach(visit));
          side.nama.forEach(visit);
          side.nip.forEach(visit);
        }
        break;
      case "pageBreak":
        break;
    }
  }
}

/** Every run of a document's blocks, in reading order (for placeholders and tests). */
export function semuaRuns(blocks: Block[]): Run[] {
  const out: Run[] = [];
  kumpulkanRuns(blocks, (r) => out.push(r));
  return out;
}

export function dokumen(
  ctx: Konteks,
  jenis: "Triwulan" | "Tahunan",
  judulDok: string,
  subjudul: string[],
  blocks: Block[]
): NarrativeDocument {
  const seen = new Set<string>();
  const placeholders: string[] = [];
  kumpulkanRuns(blocks, (r) => {
    if (r.kind === "placeholder" && !seen.has(r.label)) {
      seen.add(r.label);
      placeholders.push(r.label);
    }
  });
  return {
    judul: judulDok,
    subjudul,
    blocks,
    placeholders,
    sumber: sidikJari(ctx.m),
    jenis,
  };
}
