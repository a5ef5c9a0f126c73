import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { EXAMPLES, exampleToRawWorkbook } from "../../../src/core/examples";
import { mapWorkbook } from "../../../src/core/model/map";
import type { ReportModel } from "../../../src/core/model/types";
import {
  buildNarasi,
  buildTahunan,
  buildTriwulan,
  renderMarkdown,
  renderSheetRows,
  sidikJari,
} from "../../../src/core/narrative";
import type { NarrativeDocument } from "../../../src/core/narrative";
import { jumlahDenganKata } from "../../../src/core/format/terbilang";
import { formatPersen } from "../../../src/core/format/angka";
import { contohSintetis, modelSintetis, type IndikatorSintetis } from "./fixtures";
import { figurAsing, judulJudul, segmen, semuaTeks } from "./walk";
import { bukuRaw } from "../validation/fixture";

const SEEDS = path.resolve(__dirname, "../../../../shared/seeds");

const TERLARANG = /undefined|NaN|\bnull\b|Infinity|\[object/;

function bersih(doc: NarrativeDocument): void {
  const teks = [semuaTeks(doc), renderMarkdown(doc), JSON.stringify(renderSheetRows(doc).rows)];
  for (const t of teks) expect(t).not.toMatch(TERLARANG);
}

/** "Tabel 2.1", "Tabel 2.2", … within each chapter: no gaps, no repeats. */
function nomorTabelBerurutan(doc: NarrativeDocument): void {
  const perBab = new Map<string, number[]>();
  for (const b of doc.blocks) {
    if (b.type !== "table" || !b.caption) continue;
    const m = /^Tabel (\d+)\.(\d+) /.exec(b.caption);
    if (!m) continue;
    perBab.set(m[1], [...(perBab.get(m[1]) ?? []), Number(m[2])]);
  }
  expect(perBab.size).toBeGreaterThan(0);
  for (const [bab, nomor] of perBab) {
    expect([bab, nomor]).toEqual([bab, nomor.map((_n, i) => i + 1)]);
  }
}

/** What the seed's outline has → the heading (or caption) our document must have. */
const BAGIAN_TRIWULAN: [RegExp, RegExp][] = [
  [/PENDAHULUAN/i, /^BAB I PENDAHULUAN$/],
  [/tugas dan fungsi/i, /Tugas Pokok dan Fungsi/],
  [/AKUNTABILITAS KINERJA/i, /^BAB II AKUNTABILITAS KINERJA$/],
  [/PERJANJIAN KINERJA/i, /Perjanjian Kinerja$/],
  [/CAPAIAN KINERJA/i, /Capaian Kinerja$/],
  [/Cost per outcome/i, /Realisasi Anggaran/],
  [/EVALUASI DAN ANALISIS KINERJA/i, /Evaluasi dan Analisis Kinerja$/],
  [/RENCANA TINDAK LANJUT/i, /Rencana Tindak Lanjut$/],
  [/TANGGAPAN ATASAN LANGSUNG/i, /Tanggapan Atasan Langsung$/],
  [/BAB I{2,3}\s+PENUTUP|PENUTUP/i, /^BAB III PENUTUP$/],
];

const BAGIAN_TAHUNAN: [RegExp, RegExp][] = [
  [/KATA PENGANTAR/i, /^KATA PENGANTAR$/],
  [/PENDAHULUAN/i, /^BAB I PENDAHULUAN$/],
  [/Latar Belakang/i, /^1\.1 Latar Belakang$/],
  [/Maksud dan Tujuan/i, /^1\.2 Maksud dan Tujuan$/],
  [/Tugas,? Fungsi/i, /Tugas, Fungsi dan Struktur Organisasi/],
  [/Sumber Daya Manusia|SDM/i, /Sumber Daya Manusia/],
  [/Sarana (&|dan) Prasarana/i, /Sarana dan Prasarana/],
  [/Isu Strategis/i, /Isu Strategis/],
  [/PERENCANAAN KINERJA/i, /^BAB II PERENCANAAN KINERJA$/],
  [/Tujuan/i, /^2\.1 Tujuan$/],
  [/Sasaran/i, /^2\.2 Sasaran$/],
  [/Perjanjian Kinerja/i, /Perjanjian Kinerja$/],
  [/AKUNTABILITAS KINERJA/i, /^BAB III AKUNTABILITAS KINERJA$/],
  [/Capaian Kinerja Organisasi/i, /Capaian Kinerja Organisasi/],
  [/Tahun Sebelumnya/i, /Tahun Sebelumnya/],
  [/Perangkat Daerah lain/i, /Perangkat Daerah Lain/],
  [/Kegagalan dan Keberhasilan|Keberhasilan dan Kegagalan/i, /Keberhasilan dan Kegagalan/],
  [/Efisiensi/i, /Efisiensi Penggunaan Sumber Daya/],
  [/REALISASI ANGGARAN/i, /Realisasi Anggaran/],
  [/PENUTUP/i, /^BAB IV PENUTUP$/],
  [/LAMPIRAN/i, /^LAMPIRAN$/],
];

function dariContoh(i: number): {
  doc: NarrativeDocument;
  model: ReportModel;
  raw: ReturnType<typeof exampleToRawWorkbook>;
} {
  const raw = exampleToRawWorkbook(EXAMPLES[i]);
  const model = mapWorkbook(raw);
  return { doc: buildNarasi(model), model, raw };
}

describe("narasi dari contoh laporan (seed)", () => {
  it("ada contoh laporan untuk diuji", () => {
    expect(EXAMPLES.length).toBeGreaterThan(0);
  });

  EXAMPLES.forEach((ex, i) => {
    describe(ex.id, () => {
      const { doc, model, raw } = dariContoh(i);

      it("memuat bab dan subbab yang dimiliki seed", () => {
        const m = /seeds\/(\d{3}_[0-9a-f]+\.txt)/.exec(ex.sumber);
        const file = m ? path.join(SEEDS, m[1]) : null;
        if (!file || !fs.existsSync(file)) {
          console.log(`Lewati ${ex.id}: berkas seed tidak ada (${file ?? "tidak disebut"})`);
          return;
        }
        const seed = fs.readFileSync(file, "utf8");
        const heads = [
          ...judulJudul(doc),
          ...segmen(doc)
            .filter((s) => s.where === "caption")
            .map((s) => s.text),
        ];
        const daftar = ex.jenis === "Tahunan" ? BAGIAN_TAHUNAN : BAGIAN_TRIWULAN;
        let dicek = 0;
        for (const [diSeed, diKita] of daftar) {
          if (!diSeed.test(seed)) continue;
          dicek++;
          expect(heads.filter((h) => diKita.test(h))).not.toHaveLength(0);
        }
        expect(dicek).toBeGreaterThan(3);
        if (/Mengetahui|NIP\./.test(seed)) {
          expect(doc.blocks.some((b) => b.type === "signature")).toBe(true);
        }
      });

      it("setiap angka dalam teks adalah angka model", () => {
        expect(figurAsing(doc, model, raw)).toEqual([]);
      });

      it("jumlah indikator tercapai/belum sama di BAB II dan penutup", () => {
        const r = model.ringkasan;
        const teks = semuaTeks(doc);
        const jumlah = jumlahDenganKata(r.jumlahIndikator, "indikator kinerja");
        // Summary sentence of BAB II and the Penutup both state the total.
        expect(teks.split(jumlah).length - 1).toBeGreaterThanOrEqual(2);
        if (r.tercapai > 0 && r.belumTercapai > 0) {
          const a = `${jumlahDenganKata(r.tercapai, "indikator")} telah tercapai 100%`;
          const b = `${jumlahDenganKata(r.belumTercapai, "indikator")} belum tercapai 100%`;
          expect(teks.split(a).length - 1).toBeGreaterThanOrEqual(2);
          expect(teks.split(b).length - 1).toBeGreaterThanOrEqual(2);
        } else if (r.tercapai === 0 && r.belumTercapai > 1) {
          expect(
            teks.split("belum ada indikator yang mencapai 100%").length - 1
          ).toBeGreaterThanOrEqual(2);
        }
        if (model.ringkasan.serapanTotal.ok) {
          expect(teks).toContain(
            formatPersen(model.ringkasan.serapanTotal.value, 2, { trim: true })
          );
        }
      });

      it("capaian setiap indikator muncul di tabel capaian", () => {
        const tabel = doc.blocks.find(
          (b) => b.type === "table" && (b.caption ?? "").includes("Capaian Kinerja")
        );
        expect(tabel).toBeDefined();
        if (!tabel || tabel.type !== "table") return;
        const capaianCol = tabel.header[0].findIndex((c) =>
          c.runs.some((r) => r.kind === "text" && r.text === "Capaian")
        );
        const cells = tabel.body
          .filter((row) => row.length === tabel.align.length)
          .map((row) =>
            row[capaianCol].runs.map((r) => (r.kind === "text" ? r.text : "")).join("")
          );
        expect(cells).toEqual(
          model.kinerja.map((k) =>
            k.computed.capaian.ok ? formatPersen(k.computed.capaian.value, 2, { trim: true }) : "–"
          )
        );
      });

      it("tanpa undefined/NaN/null", () => bersih(doc));

      it("nomor tabel berurutan per bab", () => nomorTabelBerurutan(doc));

      it("deterministik: model yang sama → dokumen dan sidik jari yang sama", () => {
        const again = buildNarasi(mapWorkbook(exampleToRawWorkbook(EXAMPLES[i])));
        expect(again).toEqual(doc);
        expect(renderMarkdown(again)).toBe(renderMarkdown(doc));
        expect(doc.sumber).toBe(sidikJari(model));
      });
    });
  });
});

describe("kata untuk satu, banyak dan nol", () => {
  const penuh = (n: number): IndikatorSintetis[] =>
    Array.from({ length: n }, () => ({ target: "100%", realisasi: "100%" }));
  const kurang = (n: number): IndikatorSintetis[] =>
    Array.from({ length: n }, () => ({ target: "100%", realisasi: "50%" }));

  it("seluruh indikator tercapai", () => {
    const t = semuaTeks(buildTriwulan(modelSintetis({ indikator: penuh(3) })));
    expect(t).toContain(
      "dari 3 (tiga) indikator kinerja yang diperjanjikan, seluruh indikator telah tercapai 100%"
    );
    expect(t).toContain("Seluruh indikator telah mencapai target");
    expect(t).not.toContain("belum tercapai 100%");
  });

  it("belum ada yang tercapai", () => {
    const t = semuaTeks(buildTriwulan(modelSintetis({ indikator: kurang(2) })));
    expect(t).toContain(
      "dari 2 (dua) indikator kinerja yang diperjanjikan, belum ada indikator yang mencapai 100%"
    );
    expect(t).toContain("Terhadap 2 (dua) indikator yang belum mencapai target");
    expect(t).not.toContain("telah tercapai 100%");
  });

  it("satu indikator", () => {
    const a = semuaTeks(buildTriwulan(modelSintetis({ indikator: penuh(1) })));
    expect(a).toContain(
      "dari 1 (satu) indikator kinerja yang diperjanjikan, indikator tersebut telah tercapai 100%"
    );
    const b = semuaTeks(buildTriwulan(modelSintetis({ indikator: kurang(1) })));
    expect(b).toContain("indikator tersebut belum mencapai 100%");
    expect(b).not.toContain("belum ada indikator");
  });

  it("sebagian tercapai", () => {
    const t = semuaTeks(buildTriwulan(modelSintetis({ indikator: [...penuh(1), ...kurang(2)] })));
    expect(t).toContain(
      "1 (satu) indikator telah tercapai 100% dan 2 (dua) indikator belum tercapai 100%"
    );
    expect(t).toContain("Sementara itu, 1 (satu) indikator telah mencapai target");
  });

  it("capaian yang tidak dapat dihitung disebut, tidak dihitung sebagai belum tercapai", () => {
    const t = semuaTeks(
      buildTriwulan(
        modelSintetis({ indikator: [...penuh(1), { target: "100%", realisasi: null }] })
      )
    );
    expect(t).toContain(
      "1 (satu) indikator telah tercapai 100%; 1 (satu) indikator belum dapat dihitung capaiannya"
    );
    expect(t).not.toContain("seluruh indikator telah tercapai");
  });

  it("Triwulan IV: upaya dan sisa anggaran menunjuk tahun berikutnya, bukan triwulan berikutnya", () => {
    const t = semuaTeks(
      buildTriwulan(modelSintetis({ periode: "IV", indikator: [...penuh(1), ...kurang(1)] }))
    );
    expect(t).toContain("(1 Oktober s.d. 31 Desember 2023)");
    expect(t).toContain("melanjutkan strategi di atas secara berkelanjutan pada tahun berikutnya");
    expect(t).toContain("strategi yang digunakan tetap dipertahankan pada tahun berikutnya");
    expect(t).toContain("tidak terserap sampai dengan akhir tahun anggaran");
    expect(t).not.toContain("triwulan berikutnya");
  });

  it("tanpa indikator", () => {
    const doc = buildTriwulan(modelSintetis({ indikator: [] }));
    const t = semuaTeks(doc);
    expect(t).toContain("belum ada indikator kinerja yang ditetapkan");
    expect(doc.placeholders).toContain("indikator kinerja (sheet Kinerja)");
    bersih(doc);
  });
});

describe("isian yang hilang menjadi penanda [perlu dilengkapi: …]", () => {
  it("profil kosong: penanda terlihat dan terdaftar sekali", () => {
    const doc = buildTriwulan(
      modelSintetis({
        tanpaProfil: ["Nama Atasan", "NIP", "Tanggal Laporan", "Dasar Hukum Pelaporan"],
        periode: null,
      })
    );
    const t = semuaTeks(doc);
    expect(t).toContain("[perlu dilengkapi: nama atasan (Profil: Nama Atasan)]");
    expect(t).toContain("[perlu dilengkapi: NIP pelapor (Profil: NIP)]");
    expect(t).toContain("[perlu dilengkapi: tanggal laporan (Profil: Tanggal Laporan)]");
    expect(t).toContain("[perlu dilengkapi: triwulan (Profil: Periode)]");
    expect(doc.placeholders).toEqual(
      expect.arrayContaining([
        "nama atasan (Profil: Nama Atasan)",
        "dasar hukum pelaporan (Profil: Dasar Hukum Pelaporan)",
      ])
    );
    expect(new Set(doc.placeholders).size).toBe(doc.placeholders.length);
    bersih(doc);
  });

  it("placeholders berisi tepat penanda yang ada di dokumen", () => {
    const doc = buildTriwulan(modelSintetis({ tanpaProfil: ["Jabatan"], strategi: [] }));
    const dalamTeks = new Set(
      [...semuaTeks(doc).matchAll(/\[perlu dilengkapi: ([^\]]*)\]/g)].map((m) => m[1])
    );
    expect(new Set(doc.placeholders)).toEqual(dalamTeks);
    expect(doc.placeholders).toContain("strategi per indikator (sheet Strategi)");
  });

  it("buku kerja kosong: tetap dokumen lengkap, tanpa undefined", () => {
    const model = mapWorkbook({ sheetNames: [], tables: [] });
    for (const doc of [buildTriwulan(model), buildTahunan(model)]) {
      expect(doc.blocks.length).toBeGreaterThan(5);
      expect(doc.placeholders.length).toBeGreaterThan(3);
      bersih(doc);
    }
  });

  it("realisasi di atas pagu meminta penjelasan", () => {
    const doc = buildTriwulan(
      modelSintetis({ anggaran: [{ uraian: "Program Uji", pagu: 1000000, realisasi: 1200000 }] })
    );
    expect(semuaTeks(doc)).toContain("melebihi pagunya sebesar Rp1.000.000");
    expect(doc.placeholders.some((p) => p.startsWith("penjelasan realisasi di atas pagu"))).toBe(
      true
    );
  });
});

describe("Triwulan: program di bawah Perjanjian Kinerja", () => {
  it("tabel program dengan pagu, sumber dana dan jumlah = total pagu", () => {
    const model = modelSintetis();
    const doc = buildTriwulan(model);
    const tb = doc.blocks.find(
      (b) => b.type === "table" && (b.caption ?? "").includes("Program dan Anggaran")
    );
    expect(tb).toBeDefined();
    if (!tb || tb.type !== "table") return;
    expect(tb.caption).toBe("Tabel 2.2 Program dan Anggaran Camat Tempeh Tahun 2023");
    const teks = tb.body.map((r) =>
      r.map((c) => c.runs.map((x) => (x.kind === "text" ? x.text : "")).join(""))
    );
    expect(teks).toEqual([
      ["1", "Program Penunjang Urusan Pemerintahan", "1.726.863.171", ""],
      ["2", "Program Pemberdayaan Masyarakat", "125.390.000", ""],
      ["Jumlah", "1.852.253.171", ""],
    ]);
    expect(model.ringkasan.totalPagu).toBe(1852253171);
    expect(tb.totalRows).toEqual([2]);
  });

  it("tanpa baris Program: tidak ada tabel program", () => {
    const doc = buildTriwulan(
      modelSintetis({
        anggaran: [{ uraian: "Kegiatan A", pagu: 100, realisasi: 50, tingkat: "Kegiatan" }],
      })
    );
    expect(
      doc.blocks.some(
        (b) => b.type === "table" && (b.caption ?? "").includes("Program dan Anggaran")
      )
    ).toBe(false);
  });
});

describe("gaya Rupiah", () => {
  it("PUEBI bawaan; SPASI dan TITIK atas pilihan; pilihan tidak terbawa ke pembuatan berikutnya", () => {
    const model = modelSintetis();
    const kalimat = (gaya: string) => `dengan total pagu sebesar ${gaya}1.852.253.171`;
    expect(semuaTeks(buildTriwulan(model))).toContain(kalimat("Rp"));
    expect(semuaTeks(buildTriwulan(model, { gayaRupiah: "TITIK" }))).toContain(kalimat("Rp. "));
    expect(semuaTeks(buildNarasi(model, { gayaRupiah: "SPASI" }))).toContain(kalimat("Rp "));
    expect(
      semuaTeks(buildTahunan(modelSintetis({ jenis: "Tahunan" }), { gayaRupiah: "TITIK" }))
    ).toContain("sebesar Rp. 1.852.253.171 dengan realisasi sebesar Rp. 1.309.292.723");
    expect(semuaTeks(buildTriwulan(model))).toContain(kalimat("Rp"));
  });
});

describe("angka dalam teks", () => {
  it("walk menangkap angka yang bukan angka model (uji bisa gagal)", () => {
    const raw = exampleToRawWorkbook(contohSintetis());
    const model = mapWorkbook(raw);
    const doc = buildTriwulan(model);
    expect(figurAsing(doc, model, raw)).toEqual([]);
    const rusak: NarrativeDocument = {
      ...doc,
      blocks: [
        ...doc.blocks,
        {
          type: "paragraph",
          runs: [{ kind: "text", text: "capaian 73,99% dan 4 (empat) indikator" }],
        },
      ],
    };
    expect(figurAsing(rusak, model, raw).map((f) => f.token)).toEqual(["4 (empat)", "73,99%"]);
  });

  it("Triwulan dan Tahunan sintetis: setiap angka adalah angka model", () => {
    const opsi = [
      {},
      { jenis: "Tahunan" as const, tahunan: TAHUNAN },
      {
        indikator: [
          { target: 7, realisasi: 6.5, satuan: "bulan", arah: "Turun" as const },
          { target: "80%-90%", realisasi: "85%" },
          {
            target: 12,
            realisasi: 9,
            satuan: "laporan",
            formulasi: "Jumlah laporan dibagi target",
            pembilang: 9,
            penyebut: 12,
          },
        ],
      },
    ];
    for (const o of opsi) {
      const raw = exampleToRawWorkbook(contohSintetis(o));
      const model = mapWorkbook(raw);
      expect(figurAsing(buildNarasi(model), model, raw)).toEqual([]);
    }
  });

  it("capaian yang dibatasi (Batas Capaian) menyebut keduanya", () => {
    const raw = exampleToRawWorkbook(
      contohSintetis({
        indikator: [{ target: "80%", realisasi: "96%" }],
        profil: { "Batas Capaian": "100%" },
      })
    );
    const model = mapWorkbook(raw);
    const doc = buildTriwulan(model);
    expect(semuaTeks(doc)).toContain(
      "capaian kinerjanya sebesar 100% dengan predikat Sangat Tinggi. Target indikator ini telah tercapai. Capaian sebelum dibatasi sebesar 120% dan dibatasi menjadi 100% sesuai Batas Capaian pada Profil."
    );
    expect(figurAsing(doc, model, raw)).toEqual([]);
  });

  it("realisasi kosong diambil dari kolom TW periode, dan disebut", () => {
    const raw = exampleToRawWorkbook(
      contohSintetis({ indikator: [{ target: 12, realisasi: null, satuan: "laporan" }] })
    );
    const kinerja = raw.tables.find((x) => x.name === "Kinerja");
    if (!kinerja) throw new Error("Kinerja tidak ada");
    const col = kinerja.headers.indexOf("Realisasi TW III");
    expect(col).toBeGreaterThanOrEqual(0);
    kinerja.values[0][col] = 9;
    kinerja.formulas[0][col] = 9;
    const model = mapWorkbook(raw);
    expect(model.kinerja[0].realisasiDariTw).toBe(true);
    const doc = buildTriwulan(model);
    expect(semuaTeks(doc)).toContain(
      "sebesar 9 laporan (dari kolom Realisasi TW III), sehingga capaian kinerjanya sebesar 75%"
    );
    expect(figurAsing(doc, model, raw)).toEqual([]);
  });

  it("indikator menurun dan formulasi dijelaskan", () => {
    const t = semuaTeks(
      buildTriwulan(
        modelSintetis({
          indikator: [
            { target: 7, realisasi: 6.5, satuan: "bulan", arah: "Turun" },
            {
              target: 12,
              realisasi: 9,
              satuan: "laporan",
              formulasi: "Jumlah laporan yang disampaikan",
              pembilang: 9,
              penyebut: 12,
            },
          ],
        })
      )
    );
    expect(t).toContain(
      "ditargetkan sebesar 7 bulan dengan realisasi sampai dengan 30 September 2023 sebesar 6,5 bulan"
    );
    expect(t).toContain("capaian kinerjanya sebesar 107,14%");
    expect(t).toContain("bersifat menurun");
    expect(t).toContain(
      "Realisasi dihitung dengan formulasi: Jumlah laporan yang disampaikan, yaitu 9 dibanding 12."
    );
  });
});

const TAHUNAN = {
  IKM: [
    { Periode: "Triwulan I", "Nilai IKM": 84.1 },
    { Periode: "Triwulan II", "Nilai IKM": 85.3 },
  ],
  TrenKinerja: [
    { "No Kinerja": "1", Tahun: 2022, Target: "94,53%", Realisasi: "95,45%" },
    { "No Kinerja": "1", Tahun: 2023, Target: "97%", Realisasi: "70%" },
  ],
  SDM: [
    {
      Nama: "ARIEF MASHUDI",
      NIP: "197910161998101002",
      Pangkat: "Pembina",
      Golongan: "IV/b",
      Jabatan: "Camat",
      Pendidikan: "S2",
    },
    {
      Nama: "RETNO NOVIANI",
      NIP: "",
      Pangkat: "",
      Golongan: "",
      Jabatan: "Non ASN",
      Pendidikan: "S1",
    },
  ],
  SaranaPrasarana: [{ Jenis: "Peralatan dan Mesin", Jumlah: 44, Keterangan: "Komputer" }],
  IsuStrategis: [
    {
      "Masalah Pokok": "Pelayanan belum optimal",
      Masalah: "Sarana kurang",
      "Akar Masalah": "Anggaran terbatas",
    },
  ],
  Kendala: [
    {
      "No Kinerja": "1",
      Kendala: "Sarana kurang",
      Upaya: "Perencanaan sarana",
      "Faktor Keberhasilan": "Tanggap",
    },
  ],
  Pembanding: [
    { "No Kinerja": "1", Unit: "Kedungjajang", Realisasi: "60%" },
    { "No Kinerja": "1", Unit: "Ranuyoso", Realisasi: "75%" },
  ],
};

describe("Tahunan", () => {
  const doc = buildTahunan(modelSintetis({ jenis: "Tahunan", tahunan: TAHUNAN }));
  const t = semuaTeks(doc);

  it("memuat kerangka PermenPAN-RB 53/2014", () => {
    const heads = judulJudul(doc);
    for (const [, h] of BAGIAN_TAHUNAN) expect(heads.filter((x) => h.test(x))).not.toHaveLength(0);
    expect(doc.jenis).toBe("Tahunan");
    expect(doc.judul).toBe("LAPORAN KINERJA KECAMATAN TEMPEH TAHUN 2023");
  });

  it("memuat bab dan subbab seed Tahunan 003 dan 004", () => {
    const files = ["003_d4f8997013efd221.txt", "004_1f4903de6a21ee12.txt"].map((f) =>
      path.join(SEEDS, f)
    );
    const ada = files.filter((f) => fs.existsSync(f));
    if (ada.length === 0) {
      console.log(`Lewati: seed Tahunan tidak ada di ${SEEDS}`);
      return;
    }
    const heads = judulJudul(doc);
    for (const f of ada) {
      const seed = fs.readFileSync(f, "utf8");
      let dicek = 0;
      for (const [diSeed, diKita] of BAGIAN_TAHUNAN) {
        if (!diSeed.test(seed)) continue;
        dicek++;
        expect([path.basename(f), diKita.source, heads.some((h) => diKita.test(h))]).toEqual([
          path.basename(f),
          diKita.source,
          true,
        ]);
      }
      expect(dicek).toBeGreaterThan(8);
    }
  });

  it("SDM, tren, pembanding dan IKM dengan angka model", () => {
    expect(t).toContain(
      "didukung oleh 2 (dua) orang pegawai, terdiri atas 1 (satu) orang ASN dan 1 (satu) orang Non ASN"
    );
    expect(t).toContain("turun (memburuk) dari 95,45% pada Tahun 2022 menjadi 70% pada Tahun 2023");
    expect(t).toContain("lebih baik daripada 1 (satu) unit dari 2 (dua) unit pembanding");
    expect(t).toContain(
      "Rata-rata nilai IKM dari 2 (dua) periode pengukuran adalah 84,7 dengan mutu pelayanan B (Baik)"
    );
    expect(t).toContain(
      "Sisa anggaran sebesar Rp542.960.448 tidak terserap sampai dengan akhir tahun anggaran."
    );
  });

  it("Target Awal berbeda → tabel perbandingan dan alasan diminta", () => {
    const d = buildTahunan(
      modelSintetis({
        jenis: "Tahunan",
        indikator: [{ target: "95,23%", realisasi: "100%", targetAwal: "85,23%" }],
      })
    );
    const s = semuaTeks(d);
    expect(s).toContain("Perbandingan Target Perjanjian Kinerja Sebelum dan Sesudah Perubahan");
    expect(s).toContain("dari 85,23% menjadi 95,23%");
    expect(d.placeholders.some((p) => p.startsWith("alasan perubahan target"))).toBe(true);
  });

  it("capaian per sasaran: rata-rata indikatornya dengan predikat", () => {
    const d = buildTahunan(
      modelSintetis({
        jenis: "Tahunan",
        indikator: [
          { target: "100%", realisasi: "90%" },
          { target: "100%", realisasi: "70%" },
        ],
      })
    );
    const sama = d.blocks.find(
      (b) => b.type === "table" && (b.caption ?? "").includes("per Sasaran")
    );
    // Each synthetic indicator has its own sasaran: no aggregate table.
    expect(sama).toBeUndefined();
    const raw = exampleToRawWorkbook(
      contohSintetis({
        jenis: "Tahunan",
        indikator: [
          { target: "100%", realisasi: "90%" },
          { target: "100%", realisasi: "70%" },
          { target: "100%", realisasi: "50%" },
        ],
      })
    );
    const kinerja = raw.tables.find((x) => x.name === "Kinerja");
    if (!kinerja) throw new Error("Kinerja tidak ada");
    const col = kinerja.headers.indexOf("Sasaran");
    kinerja.values[1][col] = kinerja.values[0][col];
    const model = mapWorkbook(raw);
    const doc = buildTahunan(model);
    const tb = doc.blocks.find(
      (b) => b.type === "table" && (b.caption ?? "").includes("per Sasaran")
    );
    expect(tb).toBeDefined();
    if (!tb || tb.type !== "table") return;
    const teks = tb.body.map((r) =>
      r.map((c) => c.runs.map((x) => (x.kind === "text" ? x.text : "")).join(""))
    );
    expect(teks).toEqual([
      ["1", "Meningkatnya layanan nomor satu", "2", "80%", "Tinggi"],
      ["2", "Meningkatnya layanan nomor tiga", "1", "50%", "Sangat Rendah"],
    ]);
    expect(figurAsing(doc, model, raw)).toEqual([]);
  });

  it("nomor tabel berurutan per bab (Triwulan dan Tahunan, dengan dan tanpa Program)", () => {
    nomorTabelBerurutan(doc);
    nomorTabelBerurutan(buildTahunan(modelSintetis({ jenis: "Tahunan" })));
    nomorTabelBerurutan(buildTriwulan(modelSintetis()));
    nomorTabelBerurutan(
      buildTriwulan(
        modelSintetis({
          anggaran: [{ uraian: "Kegiatan A", pagu: 100, realisasi: 50, tingkat: "Kegiatan" }],
        })
      )
    );
  });

  it("buildNarasi memilih menurut jenis", () => {
    expect(buildNarasi(modelSintetis({ jenis: "Tahunan" })).jenis).toBe("Tahunan");
    expect(buildNarasi(modelSintetis()).jenis).toBe("Triwulan");
  });
});

describe("fuzz: isian acak tidak pernah melempar atau mencetak undefined/NaN", () => {
  const nilai = fc.oneof(
    fc.constant(null),
    fc.constant(""),
    fc.double({ noNaN: false }),
    fc.integer({ min: -1000, max: 1000 }),
    fc.constantFrom("85%", "80-90%", "abc", "0", "1.234,5", "Rp 13.600.000", "12 laporan", "-5%")
  );
  it("Triwulan dan Tahunan", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            target: nilai,
            realisasi: nilai,
            arah: fc.constantFrom<"Naik" | "Turun">("Naik", "Turun"),
          }),
          { maxLength: 5 }
        ),
        fc.array(
          fc.record({ uraian: fc.constantFrom("Program A", ""), pagu: nilai, realisasi: nilai }),
          { maxLength: 3 }
        ),
        fc.boolean(),
        (indikator, anggaran, tahunan) => {
          const doc = buildNarasi(
            modelSintetis({
              jenis: tahunan ? "Tahunan" : "Triwulan",
              indikator,
              anggaran,
              tahunan: tahunan ? TAHUNAN : undefined,
            })
          );
          bersih(doc);
        }
      ),
      { numRuns: 60 }
    );
  });
});

describe("fuzz: setiap angka dalam teks tetap angka model", () => {
  const angka = fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 5000 }),
    fc.double({ min: 0, max: 1e6, noNaN: true }),
    fc.integer({ min: 0, max: 150 }).map((n) => `${n}%`),
    fc.integer({ min: 1, max: 90 }).map((n) => `${n}%-${n + 5}%`)
  );
  it("Triwulan dan Tahunan dengan isian acak", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            target: angka,
            realisasi: angka,
            targetAwal: angka,
            pembilang: angka,
            penyebut: angka,
            satuan: fc.constantFrom("%", "dokumen", ""),
            arah: fc.constantFrom<"Naik" | "Turun">("Naik", "Turun"),
            tingkat: fc.constantFrom("Tujuan", "Sasaran", "Program"),
          }),
          { maxLength: 6 }
        ),
        fc.array(
          fc.record({
            uraian: fc.constantFrom("Program A", "Kegiatan B"),
            pagu: angka,
            realisasi: angka,
            noKinerja: fc.constantFrom("1", "2", "9"),
            tingkat: fc.constantFrom("Program", "Kegiatan"),
          }),
          { maxLength: 5 }
        ),
        fc.boolean(),
        (indikator, anggaran, tahunan) => {
          const raw = exampleToRawWorkbook(
            contohSintetis({
              jenis: tahunan ? "Tahunan" : "Triwulan",
              indikator,
              anggaran,
              tahunan: tahunan ? TAHUNAN : undefined,
            })
          );
          const model = mapWorkbook(raw);
          expect(figurAsing(buildNarasi(model), model, raw)).toEqual([]);
        }
      ),
      { numRuns: 80 }
    );
  });
});

describe("budget totals while a top-level line is no number", () => {
  // The validation fixture: a Triwulan III report, one program (pagu 1.000.000) with two kegiatan.
  const doc = (ubah: (rows: Record<string, unknown>[]) => void) => buildTriwulan(modelDari(ubah));
  function modelDari(ubah: (rows: Record<string, unknown>[]) => void): ReportModel {
    const raw = bukuRaw({ anggaran: ubah });
    return mapWorkbook(raw);
  }

  it("names the line instead of printing a partial total, and drops serapan and sisa", () => {
    const m = modelDari((r) => (r[0].Realisasi = "belum ada"));
    expect(m.ringkasan.realisasiTidakTerbaca).toEqual(["No 1"]);
    const teks = semuaTeks(doc((r) => (r[0].Realisasi = "belum ada")));
    expect(teks).toContain(
      "sebesar [perlu dilengkapi: realisasi anggaran No 1 (sheet Anggaran) belum berupa angka]."
    );
    expect(teks).not.toMatch(
      /serapan anggaran mencapai|Sisa anggaran sebesar|Seluruh pagu anggaran/
    );
    // The table's Jumlah row shows no sum for realisasi and serapan, the full pagu.
    const md = renderMarkdown(doc((r) => (r[0].Realisasi = "belum ada")));
    expect(md).toMatch(
      /\| \*\*Jumlah\*\* \|[^\n]*\| \*\*1\.000\.000\*\* \| \*\*–\*\* \| \*\*–\*\* \|/
    );
  });

  it("with every line a number, the totals, serapan and sisa as before", () => {
    const teks = semuaTeks(doc(() => undefined));
    expect(teks).toContain("sehingga serapan anggaran mencapai 60%");
    expect(teks).toContain("Sisa anggaran sebesar Rp400.000");
  });
});

describe("the average capaian of a Tahunan report", () => {
  const teks = (ubah: (rows: Record<string, unknown>[]) => void) =>
    semuaTeks(
      buildTahunan(
        mapWorkbook(
          bukuRaw({
            profil: (p) => {
              p["Jenis Laporan"] = "Tahunan";
              p.Periode = "";
            },
            kinerja: ubah,
          })
        )
      )
    );

  it("says it is of the computable indicators when one has no capaian", () => {
    expect(teks(() => undefined)).toMatch(/, dengan rata-rata capaian sebesar \d/);
    const sebagian = teks((r) => {
      r[2].Realisasi = "";
    });
    expect(sebagian).toContain("1 (satu) indikator belum dapat dihitung capaiannya");
    expect(sebagian).toMatch(/dengan rata-rata capaian indikator yang dapat dihitung sebesar \d/);
  });
});
