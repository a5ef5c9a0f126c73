// The fingerprint of a report's inputs. A generated Narasi sheet stores it; when
// the tables change afterwards the fingerprint differs and the task pane can say
// the narrative is out of date. Only what the user typed counts: computed
// figures follow from the inputs, and cell positions (refs, rows) or formulas do
// not change what the narrative says.
import type {
  BarisAnggaran,
  Cell,
  IndikatorKinerja,
  NumberCell,
  Profil,
  ReportModel,
  TargetCell,
} from "../model/types";
import { NARASI_FORMAT_VERSION } from "./document";

type Kanonik = null | boolean | number | string | Kanonik[];

/** A cell's typed content, plus the percent flag that changes how its figure is printed. */
function isi(c: Cell<unknown> | null | undefined): Kanonik {
  if (!c) return null;
  const raw = c.raw;
  let v: Kanonik;
  if (raw === null || raw === undefined) v = null;
  else if (typeof raw === "number") v = Number.isFinite(raw) ? raw : String(raw);
  else if (typeof raw === "string" || typeof raw === "boolean") v = raw;
  else if (raw instanceof Date) v = Number.isNaN(raw.getTime()) ? "" : raw.toISOString();
  else v = Object.prototype.toString.call(raw);
  const parsed = (c as Partial<NumberCell | TargetCell>).parsed;
  const persen = parsed && parsed.ok && parsed.percent;
  return persen ? [v, "%"] : v;
}

const PROFIL_FIELDS: (keyof Omit<Profil, "lainnya">)[] = [
  "jenisLaporan",
  "periode",
  "tahun",
  "pemerintahDaerah",
  "unitKerja",
  "jabatan",
  "eselon",
  "nama",
  "nip",
  "jabatanAtasan",
  "namaAtasan",
  "nipAtasan",
  "pihakKedua",
  "tempat",
  "tanggalLaporan",
  "dasarHukumPelaporan",
  "dasarHukumTugasFungsi",
  "pasalTugasFungsi",
  "skalaPredikat",
  "batasCapaian",
];

function kinerja(k: IndikatorKinerja): Kanonik {
  return [
    isi(k.no),
    isi(k.tingkat),
    isi(k.sasaran),
    isi(k.indikator),
    isi(k.satuan),
    isi(k.arah),
    isi(k.targetAwal),
    isi(k.target),
    k.realisasiTw.map(isi),
    isi(k.realisasi),
    isi(k.formulasi),
    isi(k.pembilang),
    isi(k.penyebut),
    isi(k.keterangan),
  ];
}

function anggaran(b: BarisAnggaran): Kanonik {
  return [
    isi(b.no),
    isi(b.tingkat),
    isi(b.uraian),
    isi(b.noKinerja),
    isi(b.pagu),
    b.realisasiTw.map(isi),
    isi(b.realisasi),
    isi(b.sumberDana),
    isi(b.keterangan),
  ];
}

/** The model's inputs as one canonical value (arrays only: no key order to worry about). */
function masukan(m: ReportModel): Kanonik {
  const t = m.tahunan;
  return [
    PROFIL_FIELDS.map((f) => isi(m.profil[f])),
    // The scale comes from a preset name or the Skala table: its bands are the input.
    [
      m.skala.name,
      m.skala.input,
      m.skala.exclusive,
      m.skala.below,
      m.skala.bands.map((b) => [b.lower, b.label, b.exclusive ?? null]),
    ],
    m.tugasFungsi.map((r) => [isi(r.no), isi(r.uraian)]),
    m.kinerja.map(kinerja),
    m.anggaran.map(anggaran),
    m.strategi.map((r) => [isi(r.noKinerja), isi(r.strategi), isi(r.padaBulan)]),
    m.tindakLanjut.map((r) => [isi(r.no), isi(r.rencana)]),
    t.ikm.map((r) => [isi(r.periode), isi(r.nilai)]),
    t.tren.map((r) => [isi(r.noKinerja), isi(r.tahun), isi(r.target), isi(r.realisasi)]),
    t.isuStrategis.map((r) => [isi(r.masalahPokok), isi(r.masalah), isi(r.akarMasalah)]),
    t.sdm.map((r) => [
      isi(r.nama),
      isi(r.nip),
      isi(r.pangkat),
      isi(r.golongan),
      isi(r.jabatan),
      isi(r.pendidikan),
    ]),
    t.saranaPrasarana.map((r) => [isi(r.jenis), isi(r.jumlah), isi(r.keterangan)]),
    t.kendala.map((r) => [
      isi(r.noKinerja),
      isi(r.kendala),
      isi(r.upaya),
      isi(r.faktorKeberhasilan),
    ]),
    t.pembanding.map((r) => [isi(r.noKinerja), isi(r.unit), isi(r.realisasi)]),
  ];
}

/**
 * Two independent 32-bit FNV-1a streams over the UTF-16 code units of the
 * canonical JSON: 64 bits without BigInt. (Native JSON.stringify plus one tight
 * loop is faster than feeding the hash value by value.)
 */
function fnv1a64(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, "0");
  return hex(a) + hex(b);
}

/**
 * Fingerprint of the model's input values: "v1-" + 16 hex digits. The same
 * inputs always give the same text; any typed value change gives another one.
 * The version prefix makes narratives of an older builder count as stale.
 */
export function sidikJari(model: ReportModel): string {
  return `v${NARASI_FORMAT_VERSION}-${fnv1a64(JSON.stringify(masukan(model)))}`;
}
