// The annual report (LKjIP Tahunan) per the PermenPAN-RB 53/2014 outline the
// seeds follow: Kata Pengantar; BAB I Pendahuluan (tugas dan fungsi, SDM,
// sarana prasarana, isu strategis); BAB II Perencanaan Kinerja (tujuan,
// sasaran, Perjanjian Kinerja); BAB III Akuntabilitas Kinerja (capaian, tren,
// pembanding, IKM, kendala dan upaya, efisiensi, realisasi anggaran); BAB IV
// Penutup; Lampiran (the Perjanjian Kinerja).
import { getPreset, predikat } from "../kinerja/predikat";
import { rataRataIkm } from "../kinerja/ikm";
import { parseNip } from "../nip";
import { anggaranLengkap } from "../model/map";
import type { IndikatorKinerja, ReportModel, TrenKinerja } from "../model/types";
import type { Block, ListItem, NarrativeDocument, TableCell } from "./document";
import { teksPlaceholder } from "./document";
import {
  angka,
  b,
  figurCapaian,
  figurSel,
  figurTarget,
  isiAtau,
  jumlah,
  kalimatTercapai,
  nipTeks,
  persen,
  ph,
  runs,
  sel,
  t,
  teks,
  butirTugas,
} from "./bahasa";
import {
  Konteks,
  type OpsiNarasi,
  daftar,
  dokumen,
  indikatorUntuk,
  judul,
  kalimatAnggaran,
  totalAnggaran,
  namaIndikator,
  namaSasaran,
  para,
  penjelasanIndikator,
  sisiAtasan,
  sisiPelapor,
  tabelAnggaran,
  tabelCapaian,
  tabelPerjanjian,
  tabelProgram,
} from "./bagian";

function unitTeks(ctx: Konteks): string {
  return teks(ctx.m.profil.unitKerja) ?? "";
}

/** "Tabel 2.1 Perjanjian Kinerja Kecamatan Klakah Tahun 2023", blanks squeezed out. */
function rapi(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function kataPengantar(ctx: Konteks): Block[] {
  const p = ctx.m.profil;
  return [
    judul(1, "KATA PENGANTAR"),
    para(
      "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas limpahan rahmat dan karunia-Nya sehingga Laporan Kinerja ",
      ctx.unitKerja,
      " ",
      ctx.pemda,
      " Tahun ",
      ctx.tahun,
      " dapat diselesaikan."
    ),
    para(
      "Laporan ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas pokok dan fungsi ",
      ctx.unitKerja,
      " dalam mencapai tujuan dan sasaran yang telah ditetapkan dalam Perjanjian Kinerja Tahun ",
      ctx.tahun,
      ", dengan mengacu pada ",
      isiAtau(p.dasarHukumPelaporan, "dasar hukum pelaporan (Profil: Dasar Hukum Pelaporan)"),
      "."
    ),
    para(
      "Kami menyadari bahwa laporan ini masih jauh dari sempurna. Oleh karena itu, kritik dan saran demi perbaikan penyusunan laporan kinerja sangat kami harapkan. Semoga laporan ini bermanfaat sebagai bahan evaluasi guna peningkatan kinerja pada tahun berikutnya."
    ),
    { type: "signature", left: null, right: sisiPelapor(ctx) },
  ];
}

function babPendahuluan(ctx: Konteks): Block[] {
  const m = ctx.m;
  const p = m.profil;
  const t1 = m.tahunan;
  ctx.setBab(1);
  const out: Block[] = [judul(1, "BAB I PENDAHULUAN")];

  out.push(judul(2, "1.1 Latar Belakang"));
  out.push(
    para(
      "Laporan Kinerja merupakan dokumen yang berisi gambaran perwujudan kewajiban instansi pemerintah untuk mempertanggungjawabkan keberhasilan dan kegagalan pelaksanaan tugas dalam mencapai tujuan dan sasaran yang telah ditetapkan. Laporan Kinerja ",
      ctx.unitKerja,
      " Tahun ",
      ctx.tahun,
      " disusun berdasarkan ",
      isiAtau(p.dasarHukumPelaporan, "dasar hukum pelaporan (Profil: Dasar Hukum Pelaporan)"),
      ", sebagai bagian dari Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)."
    )
  );
  out.push(judul(2, "1.2 Maksud dan Tujuan"));
  out.push(
    para(
      "Maksud penyusunan Laporan Kinerja ini adalah sebagai pertanggungjawaban pelaksanaan kinerja ",
      ctx.jabatan,
      " selama Tahun ",
      ctx.tahun,
      " (",
      ctx.periodeTeks,
      ") kepada ",
      isiAtau(p.jabatanAtasan, "jabatan atasan (Profil: Jabatan Atasan)"),
      ". Tujuannya adalah sebagai tolok ukur keberhasilan organisasi dalam mencapai tujuan dan sasaran, serta sebagai bahan perbaikan kinerja pada tahun berikutnya."
    )
  );

  out.push(judul(2, "1.3 Tugas, Fungsi dan Struktur Organisasi"));
  const pasal = teks(p.pasalTugasFungsi);
  out.push(
    para(
      "Berdasarkan ",
      isiAtau(
        p.dasarHukumTugasFungsi,
        "dasar hukum tugas dan fungsi (Profil: Dasar Hukum Tugas dan Fungsi)"
      ),
      ", khususnya ",
      pasal !== null
        ? `Pasal ${pasal.replace(/^pasal\s*/i, "")}`
        : ph("pasal tugas dan fungsi (Profil: Pasal Tugas dan Fungsi)"),
      ", ",
      ctx.jabatan,
      " sebagai pimpinan ",
      ctx.unitKerja,
      " mempunyai tugas dan fungsi sebagai berikut:"
    )
  );
  const tugas = m.tugasFungsi.map((r) => teks(r.uraian)).filter((s): s is string => s !== null);
  out.push(
    tugas.length > 0
      ? daftar(
          "letter",
          tugas.map((s, idx) => [t(butirTugas(s) + (idx === tugas.length - 1 ? "." : ";"))])
        )
      : para(ph("uraian tugas dan fungsi (sheet Tugas Fungsi)"))
  );

  out.push(judul(2, "1.4 Sumber Daya Perangkat Daerah"));
  out.push(judul(3, "1.4.1 Sumber Daya Manusia"));
  if (t1.sdm.length > 0) {
    const asn = t1.sdm.filter((s) => {
      const n = teks(s.nip);
      return n !== null && parseNip(n).ok;
    }).length;
    const non = t1.sdm.length - asn;
    out.push(
      para(
        ctx.unitKerja,
        " didukung oleh ",
        jumlah(t1.sdm.length, "orang pegawai"),
        asn > 0 && non > 0
          ? [", terdiri atas ", jumlah(asn, "orang ASN"), " dan ", jumlah(non, "orang Non ASN")]
          : asn > 0
            ? ", seluruhnya ASN"
            : ", seluruhnya Non ASN",
        ", dengan rincian sebagai berikut:"
      )
    );
    out.push({
      type: "table",
      caption: ctx.tabel(rapi(`Sumber Daya Manusia ${unitTeks(ctx)}`)),
      header: [["No", "Nama / NIP", "Pangkat", "Gol.", "Jabatan", "Pendidikan"].map((h) => sel(h))],
      body: t1.sdm.map((s, idx) => {
        const nip = nipTeks(s.nip);
        return [
          sel(String(idx + 1)),
          sel([teks(s.nama) ?? "", nip ? ` ${nip}` : ""].join("").trim()),
          sel(teks(s.pangkat) ?? ""),
          sel(teks(s.golongan) ?? ""),
          sel(teks(s.jabatan) ?? ""),
          sel(teks(s.pendidikan) ?? ""),
        ];
      }),
      align: ["center", "left", "left", "center", "left", "left"],
      widths: [1, 5, 3, 1, 4, 3],
    });
  } else {
    out.push(para(ph("data pegawai (sheet SDM)")));
  }

  out.push(judul(3, "1.4.2 Sarana dan Prasarana"));
  if (t1.saranaPrasarana.length > 0) {
    out.push(
      para(
        "Sebagai pendukung pelayanan kepada masyarakat, ",
        ctx.unitKerja,
        " memiliki sarana dan prasarana sebagai berikut:"
      )
    );
    out.push({
      type: "table",
      caption: ctx.tabel("Rekapitulasi Sarana dan Prasarana"),
      header: [["No", "Jenis", "Jumlah", "Keterangan"].map((h) => sel(h))],
      body: t1.saranaPrasarana.map((s, idx) => [
        sel(String(idx + 1)),
        sel(teks(s.jenis) ?? ""),
        // "N/A" and other words stay as typed; a figure is printed the Indonesian way.
        sel(
          s.jumlah.value !== null
            ? angka(s.jumlah.value)
            : typeof s.jumlah.raw === "string"
              ? s.jumlah.raw.trim()
              : ""
        ),
        sel(teks(s.keterangan) ?? ""),
      ]),
      align: ["center", "left", "right", "left"],
      widths: [1, 5, 2, 5],
    });
  } else {
    out.push(para(ph("data sarana dan prasarana (sheet Sarana Prasarana)")));
  }

  out.push(judul(2, "1.5 Isu Strategis"));
  out.push(
    para(
      "Isu strategis adalah permasalahan yang mendesak untuk dicarikan jalan keluarnya karena berpengaruh terhadap pencapaian tujuan organisasi. Berdasarkan identifikasi kondisi internal dan eksternal, permasalahan yang masih menjadi kendala ",
      ctx.unitKerja,
      " adalah sebagai berikut:"
    )
  );
  if (t1.isuStrategis.length > 0) {
    out.push({
      type: "table",
      caption: ctx.tabel(rapi(`Identifikasi Permasalahan ${unitTeks(ctx)}`)),
      header: [["No", "Masalah Pokok", "Masalah", "Akar Masalah"].map((h) => sel(h))],
      body: t1.isuStrategis.map((s, idx) => [
        sel(String(idx + 1)),
        sel(teks(s.masalahPokok) ?? ""),
        sel(teks(s.masalah) ?? ""),
        sel(teks(s.akarMasalah) ?? ""),
      ]),
      align: ["center", "left", "left", "left"],
      widths: [1, 4, 5, 5],
    });
  } else {
    out.push(para(ph("isu strategis (sheet Isu Strategis)")));
  }
  return out;
}

function perTingkat(ctx: Konteks, tingkat: string): IndikatorKinerja[] {
  return ctx.kinerja.filter((k) => k.tingkat.value === tingkat);
}

function babPerencanaan(ctx: Konteks): Block[] {
  const m = ctx.m;
  ctx.setBab(2);
  const out: Block[] = [judul(1, "BAB II PERENCANAAN KINERJA")];
  out.push(
    para(
      "Perjanjian Kinerja merupakan dokumen yang berisikan penugasan dari pimpinan instansi yang lebih tinggi kepada pimpinan instansi yang lebih rendah untuk melaksanakan program dan kegiatan yang disertai dengan indikator kinerja. Melalui Perjanjian Kinerja terwujud komitmen penerima amanah dan kesepakatan antara penerima dan pemberi amanah atas kinerja terukur berdasarkan tugas, fungsi dan wewenang serta sumber daya yang tersedia."
    )
  );

  out.push(judul(2, "2.1 Tujuan"));
  const tujuan = perTingkat(ctx, "Tujuan");
  if (tujuan.length > 0) {
    out.push(
      para(
        "Pada Tahun ",
        ctx.tahun,
        " ",
        ctx.unitKerja,
        " menetapkan ",
        jumlah(new Set(tujuan.map((k) => teks(k.sasaran) ?? "")).size, "tujuan"),
        " dengan ",
        jumlah(tujuan.length, "indikator tujuan"),
        " sebagai berikut:"
      )
    );
    out.push(
      tabelPerjanjian(
        ctx,
        ctx.tabel(rapi(`Indikator Tujuan dan Target Tahun ${m.tahun ?? ""}`)),
        tujuan
      )
    );
  } else {
    out.push(para(ph("tujuan dan indikator tujuan (sheet Kinerja, Tingkat Tujuan)")));
  }

  out.push(judul(2, "2.2 Sasaran"));
  const sasaran = perTingkat(ctx, "Sasaran");
  if (sasaran.length > 0) {
    const kelompok = new Map<string, IndikatorKinerja[]>();
    for (const k of sasaran) {
      const key = teks(k.sasaran) ?? `baris ${k.row}`;
      const g = kelompok.get(key);
      if (g) g.push(k);
      else kelompok.set(key, [k]);
    }
    out.push(
      para(
        "Sasaran merupakan penjabaran dari tujuan yang ingin dicapai dalam kurun waktu satu tahun. Untuk mencapai tujuan tersebut ditetapkan ",
        jumlah(kelompok.size, "sasaran"),
        " dengan ",
        jumlah(sasaran.length, "indikator sasaran"),
        " sebagai berikut:"
      )
    );
    const items: ListItem[] = [...kelompok.values()].map((ks) => ({
      runs: [namaSasaran(ks[0])],
      children: daftar(
        "bullet",
        ks.map((k) => runs("Indikator: ", namaIndikator(k)))
      ),
    }));
    out.push(daftar("number", items));
  } else {
    out.push(para(ph("sasaran dan indikator sasaran (sheet Kinerja, Tingkat Sasaran)")));
  }

  out.push(judul(2, "2.3 Perjanjian Kinerja"));
  out.push(
    para(
      "Perjanjian Kinerja Tahun ",
      ctx.tahun,
      " ditandatangani oleh ",
      ctx.jabatan,
      " dengan ",
      isiAtau(
        m.profil.pihakKedua,
        "pihak kedua Perjanjian Kinerja (Profil: Pihak Kedua Perjanjian Kinerja)"
      ),
      " dengan target sebagai berikut:"
    )
  );
  if (ctx.kinerja.length > 0) {
    const berubah = ctx.kinerja.filter((k) => {
      const a = figurTarget(k.targetAwal, k);
      const s = figurTarget(k.target, k);
      return a !== null && s !== null && a !== s;
    });
    out.push(
      tabelPerjanjian(
        ctx,
        ctx.tabel(
          berubah.length > 0
            ? "Perbandingan Target Perjanjian Kinerja Sebelum dan Sesudah Perubahan"
            : rapi(`Perjanjian Kinerja ${unitTeks(ctx)} Tahun ${m.tahun ?? ""}`)
        )
      )
    );
    if (berubah.length > 0) {
      out.push(
        para(
          "Dari tabel di atas, target ",
          jumlah(berubah.length, "indikator"),
          " diubah melalui perubahan Perjanjian Kinerja, yaitu:"
        )
      );
      out.push(
        daftar(
          "number",
          berubah.map((k) =>
            runs(
              namaIndikator(k),
              ": dari ",
              figurTarget(k.targetAwal, k),
              " menjadi ",
              figurTarget(k.target, k),
              "; ",
              ph(`alasan perubahan target (Kinerja baris ${k.row})`)
            )
          )
        )
      );
    }
  } else {
    out.push(para(ph("indikator kinerja (sheet Kinerja)")));
  }
  return out;
}

/** Tren rows of an indicator by year, with the report year's own figures when missing. */
function trenUntuk(ctx: Konteks, k: IndikatorKinerja): TrenKinerja[] {
  const no = teks(k.no);
  if (no === null) return [];
  return ctx.m.tahunan.tren
    .filter((r) => teks(r.noKinerja) === no && r.tahun.value !== null)
    .sort((a, c) => (a.tahun.value as number) - (c.tahun.value as number));
}

/**
 * Capaian per sasaran (the mean of its indicators' capaian, with the predikat of
 * that mean), when a sasaran has more than one indicator; with one indicator
 * per sasaran the indicator table already says it.
 */
function capaianPerSasaran(ctx: Konteks): Block[] {
  const kelompok = new Map<string, number[]>();
  for (const k of ctx.kinerja) {
    const s = teks(k.sasaran);
    const c = k.computed.capaian;
    if (s === null || !c.ok) continue;
    const g = kelompok.get(s);
    if (g) g.push(c.value);
    else kelompok.set(s, [c.value]);
  }
  if (![...kelompok.values()].some((g) => g.length > 1)) return [];
  const body: TableCell[][] = [];
  let no = 0;
  for (const [sasaran, nilai] of kelompok) {
    const rata = nilai.reduce((a, v) => a + v, 0) / nilai.length;
    const pr = predikat(rata, ctx.m.skala);
    body.push([
      sel(String(++no)),
      sel(sasaran),
      sel(String(nilai.length)),
      sel(persen(rata)),
      sel(pr.ok ? pr.value : "–"),
    ]);
  }
  return [
    para(
      "Capaian kinerja per sasaran, yaitu rata-rata capaian indikator pada setiap sasaran, adalah sebagai berikut:"
    ),
    {
      type: "table",
      caption: ctx.tabel("Capaian Kinerja per Sasaran"),
      header: [
        ["No", "Sasaran", "Jumlah Indikator", "Rata-rata Capaian", "Predikat"].map((h) => sel(h)),
      ],
      body,
      align: ["center", "left", "center", "right", "center"],
      widths: [1, 7, 2, 2, 2],
    },
  ];
}

function babAkuntabilitas(ctx: Konteks): Block[] {
  const m = ctx.m;
  const r = m.ringkasan;
  const t1 = m.tahunan;
  ctx.setBab(3);
  const out: Block[] = [judul(1, "BAB III AKUNTABILITAS KINERJA")];

  out.push(judul(2, "3.1 Capaian Kinerja Organisasi"));
  out.push(
    para(
      "Pengukuran kinerja digunakan untuk menilai keberhasilan dan kegagalan pelaksanaan program dan kegiatan sesuai dengan sasaran yang telah ditetapkan dalam Perjanjian Kinerja Tahun ",
      ctx.tahun,
      ". Capaian kinerja indikator yang semakin tinggi realisasinya semakin baik dihitung dari realisasi dibagi target; indikator yang semakin rendah realisasinya semakin baik dihitung dari dua kali target dikurangi realisasi, kemudian dibagi target."
    )
  );
  const skala = m.skala;
  if (skala.bands.length > 0) {
    const fmt = (x: number) => (skala.input === "persen" ? persen(x) : angka(x));
    const items = skala.bands.map((bd) =>
      runs(
        `Capaian ${(bd.exclusive ?? skala.exclusive) ? "di atas" : "sekurang-kurangnya"} ${fmt(bd.lower)}: `,
        b(bd.label)
      )
    );
    if (skala.below !== null) {
      const last = skala.bands[skala.bands.length - 1];
      items.push(runs(`Capaian di bawah ${fmt(last.lower)}: `, b(skala.below)));
    }
    out.push(para("Skala pengukuran dan predikat kinerja yang digunakan adalah sebagai berikut:"));
    out.push(daftar("bullet", items));
  }

  out.push(
    judul(3, `3.1.1 Capaian Indikator Kinerja Tahun ${m.tahun ?? teksPlaceholder("tahun")}`)
  );
  out.push(
    para(
      "Pada Tahun ",
      ctx.tahun,
      ", dari ",
      jumlah(r.jumlahIndikator, "indikator kinerja"),
      " yang diperjanjikan, ",
      kalimatTercapai(r.jumlahIndikator, r.tercapai, r.belumTercapai),
      r.rataRataCapaian !== null && r.jumlahIndikator > 1
        ? [
            // An average of some indicators must not read as the average of all.
            r.tanpaCapaian > 0
              ? ", dengan rata-rata capaian indikator yang dapat dihitung sebesar "
              : ", dengan rata-rata capaian sebesar ",
            persen(r.rataRataCapaian),
          ]
        : "",
      ". Rincian capaian setiap indikator disajikan pada tabel berikut:"
    )
  );
  if (ctx.kinerja.length > 0) {
    out.push(
      tabelCapaian(ctx, ctx.tabel(rapi(`Capaian Kinerja ${unitTeks(ctx)} Tahun ${m.tahun ?? ""}`)))
    );
    out.push(...capaianPerSasaran(ctx));
    ctx.kinerja.forEach((k, idx) => {
      const nama = namaIndikator(k);
      out.push(para(b(`${idx + 1}. Indikator `), nama.kind === "text" ? b(nama.text) : nama));
      out.push(...penjelasanIndikator(ctx, k));
    });
  }

  out.push(judul(3, "3.1.2 Perbandingan Realisasi dengan Tahun Sebelumnya"));
  const trenRows: TableCell[][] = [];
  const trenKalimat: Block[] = [];
  ctx.kinerja.forEach((k, idx) => {
    const tr = trenUntuk(ctx, k);
    if (tr.length === 0) return;
    tr.forEach((x, j) => {
      trenRows.push([
        sel(j === 0 ? (teks(k.no) ?? String(idx + 1)) : ""),
        sel(j === 0 ? (teks(k.indikator) ?? "") : ""),
        sel(String(x.tahun.value)),
        sel(figurTarget(x.target, k) ?? ""),
        sel(figurSel(x.realisasi, k) ?? ""),
        sel(figurCapaian(x.computed.capaian) ?? "–"),
      ]);
    });
    const ada = tr.filter((x) => x.realisasi.value !== null);
    if (ada.length >= 2) {
      const a = ada[ada.length - 2];
      const z = ada[ada.length - 1];
      const va = a.realisasi.value as number;
      const vz = z.realisasi.value as number;
      const arah = vz > va ? "naik" : vz < va ? "turun" : "tetap";
      const baik =
        arah === "tetap"
          ? ""
          : (arah === "naik") === (k.arah.value !== "Turun")
            ? " (membaik)"
            : " (memburuk)";
      trenKalimat.push(
        para(
          "Realisasi indikator ",
          namaIndikator(k),
          arah === "tetap"
            ? [
                " tetap sebesar ",
                figurSel(z.realisasi, k),
                " pada Tahun ",
                String(z.tahun.value),
                " dibanding Tahun ",
                String(a.tahun.value),
                ".",
              ]
            : [
                ` ${arah}${baik} dari `,
                figurSel(a.realisasi, k),
                " pada Tahun ",
                String(a.tahun.value),
                " menjadi ",
                figurSel(z.realisasi, k),
                " pada Tahun ",
                String(z.tahun.value),
                ".",
              ]
        )
      );
    }
  });
  if (trenRows.length > 0) {
    out.push(
      para(
        "Perbandingan target dan realisasi kinerja dengan tahun-tahun sebelumnya disajikan pada tabel berikut:"
      )
    );
    out.push({
      type: "table",
      caption: ctx.tabel("Perbandingan Capaian Kinerja dengan Tahun Sebelumnya"),
      header: [
        ["No", "Indikator Kinerja", "Tahun", "Target", "Realisasi", "Capaian"].map((h) => sel(h)),
      ],
      body: trenRows,
      align: ["center", "left", "center", "right", "right", "right"],
      widths: [1, 6, 2, 2, 2, 2],
    });
    out.push(...trenKalimat);
  } else {
    out.push(para(ph("target dan realisasi tahun sebelumnya (sheet Tren Kinerja)")));
  }

  out.push(judul(3, "3.1.3 Perbandingan Realisasi dengan Perangkat Daerah Lain"));
  const pembRows: TableCell[][] = [];
  const pembKalimat: Block[] = [];
  ctx.kinerja.forEach((k, idx) => {
    const no = teks(k.no);
    const lain = t1.pembanding.filter((p) => no !== null && teks(p.noKinerja) === no);
    if (lain.length === 0) return;
    pembRows.push([
      sel(teks(k.no) ?? String(idx + 1)),
      sel(teks(k.indikator) ?? ""),
      sel(unitTeks(ctx) || "Unit pelapor", { bold: true }),
      sel(figurSel(k.realisasi, k) ?? "", { bold: true }),
    ]);
    for (const p of lain) {
      pembRows.push([
        sel(""),
        sel(""),
        sel(teks(p.unit) ?? ""),
        sel(figurSel(p.realisasi, k) ?? ""),
      ]);
    }
    const sendiri = k.realisasi.value;
    const nilai = lain.map((p) => p.realisasi.value).filter((v): v is number => v !== null);
    if (sendiri !== null && nilai.length > 0) {
      const turun = k.arah.value === "Turun";
      const lebihBaik = nilai.filter((v) => (turun ? sendiri < v : sendiri > v)).length;
      pembKalimat.push(
        para(
          "Untuk indikator ",
          namaIndikator(k),
          ", realisasi ",
          ctx.unitKerja,
          " sebesar ",
          figurSel(k.realisasi, k),
          lebihBaik === nilai.length
            ? nilai.length === 1
              ? " lebih baik daripada unit pembanding."
              : [" lebih baik daripada seluruh ", jumlah(nilai.length, "unit pembanding"), "."]
            : lebihBaik === 0
              ? nilai.length === 1
                ? " belum lebih baik daripada unit pembanding."
                : [
                    " belum lebih baik daripada ",
                    jumlah(nilai.length, "unit pembanding"),
                    " yang ada.",
                  ]
              : [
                  " lebih baik daripada ",
                  jumlah(lebihBaik, "unit"),
                  " dari ",
                  jumlah(nilai.length, "unit pembanding"),
                  ".",
                ]
        )
      );
    }
  });
  if (pembRows.length > 0) {
    out.push({
      type: "table",
      caption: ctx.tabel("Perbandingan Realisasi Kinerja dengan Perangkat Daerah Lain"),
      header: [["No", "Indikator Kinerja", "Unit", "Realisasi"].map((h) => sel(h))],
      body: pembRows,
      align: ["center", "left", "left", "right"],
      widths: [1, 6, 4, 2],
    });
    out.push(...pembKalimat);
  } else {
    out.push(para(ph("realisasi perangkat daerah lain sebagai pembanding (sheet Pembanding)")));
  }

  out.push(judul(3, "3.1.4 Indeks Kepuasan Masyarakat"));
  const ikm = t1.ikm.filter((x) => x.nilai.value !== null);
  if (ikm.length > 0) {
    out.push({
      type: "table",
      caption: ctx.tabel("Nilai Indeks Kepuasan Masyarakat"),
      header: [["No", "Periode", "Nilai IKM"].map((h) => sel(h))],
      body: ikm.map((x, idx) => [
        sel(String(idx + 1)),
        sel(teks(x.periode) ?? ""),
        sel(angka(x.nilai.value as number)),
      ]),
      align: ["center", "left", "right"],
      widths: [1, 5, 2],
    });
    const rata = rataRataIkm(ikm.map((x) => x.nilai.value as number));
    const skalaIkm = getPreset("IKM");
    if (rata.ok) {
      const pr = skalaIkm.ok ? predikat(rata.value, skalaIkm.value) : null;
      out.push(
        para(
          ikm.length > 1
            ? ["Rata-rata nilai IKM dari ", jumlah(ikm.length, "periode"), " pengukuran adalah "]
            : "Nilai IKM hasil pengukuran adalah ",
          angka(rata.value),
          pr && pr.ok ? [" dengan mutu pelayanan ", pr.value] : "",
          "."
        )
      );
    } else {
      out.push(para("Nilai IKM belum dapat dirata-rata: ", rata.error.message, "."));
    }
  } else {
    out.push(para(ph("nilai Indeks Kepuasan Masyarakat (sheet IKM)")));
  }

  out.push(judul(3, "3.1.5 Analisis Penyebab Keberhasilan dan Kegagalan"));
  if (t1.kendala.length > 0) {
    out.push(
      para(
        "Realisasi kinerja dipengaruhi oleh faktor internal maupun eksternal. Kendala yang dihadapi dalam pencapaian kinerja, upaya pemecahannya serta faktor keberhasilan adalah sebagai berikut:"
      )
    );
    out.push({
      type: "table",
      caption: ctx.tabel("Analisis Kendala dan Upaya Pemecahannya"),
      header: [
        ["No", "Indikator Kinerja", "Kendala", "Upaya", "Faktor Keberhasilan"].map((h) => sel(h)),
      ],
      body: t1.kendala.map((x, idx) => {
        const no = teks(x.noKinerja);
        const k = ctx.kinerjaDenganNo(no);
        return [
          sel(no ?? String(idx + 1)),
          sel(k ? (teks(k.indikator) ?? "") : ""),
          sel(teks(x.kendala) ?? ""),
          sel(teks(x.upaya) ?? ""),
          sel(teks(x.faktorKeberhasilan) ?? ""),
        ];
      }),
      align: ["center", "left", "left", "left", "left"],
      widths: [1, 4, 4, 4, 4],
    });
  } else {
    out.push(para(ph("kendala, upaya dan faktor keberhasilan (sheet Kendala)")));
  }

  out.push(judul(3, "3.1.6 Analisis Efisiensi Penggunaan Sumber Daya"));
  const terkait = m.anggaran.filter((x) => x.computed.efisiensi !== null);
  if (terkait.length > 0) {
    out.push(
      para(
        "Efisiensi penggunaan sumber daya dihitung dari capaian kinerja dikurangi serapan anggaran, dalam poin persentase, untuk setiap program atau kegiatan yang terkait dengan indikator kinerja:"
      )
    );
    out.push({
      type: "table",
      caption: ctx.tabel("Efisiensi Penggunaan Sumber Daya"),
      header: [
        [
          "No",
          "Indikator Kinerja",
          "Program/Kegiatan",
          "Capaian Kinerja",
          "Serapan Anggaran",
          "Efisiensi (poin)",
          "Predikat",
        ].map((h) => sel(h)),
      ],
      body: terkait.map((x, idx) => {
        const k = indikatorUntuk(ctx, x);
        const e = x.computed.efisiensi;
        return [
          sel(String(idx + 1)),
          sel(k ? (teks(k.indikator) ?? "") : ""),
          sel(teks(x.uraian) ?? ""),
          sel(figurCapaian(x.computed.capaianKinerja) ?? "–"),
          sel(figurCapaian(x.computed.serapan) ?? "–"),
          sel(e && e.ok ? angka(e.value) : "–"),
          sel(x.computed.efisiensiPredikat ?? ""),
        ];
      }),
      align: ["center", "left", "left", "right", "right", "right", "center"],
      widths: [1, 4, 4, 2, 2, 2, 2],
    });
  } else {
    out.push(para(ph("keterkaitan anggaran dengan indikator kinerja (Anggaran: No Kinerja)")));
  }

  out.push(judul(2, "3.2 Realisasi Anggaran"));
  if (m.anggaran.length > 0) {
    out.push(
      para(
        "Pada Tahun ",
        ctx.tahun,
        " pagu anggaran ",
        ctx.unitKerja,
        " sebesar ",
        totalAnggaran(r.totalPagu, r.paguTidakTerbaca, "pagu"),
        " dengan realisasi sebesar ",
        totalAnggaran(r.totalRealisasi, r.realisasiTidakTerbaca, "realisasi"),
        r.serapanTotal.ok
          ? [", sehingga capaian penyerapan anggaran sebesar ", persen(r.serapanTotal.value), "."]
          : anggaranLengkap(r)
            ? [". ", r.serapanTotal.error.message, "."]
            : "."
      )
    );
    out.push(
      tabelAnggaran(
        ctx,
        ctx.tabel(rapi(`Realisasi Anggaran ${unitTeks(ctx)} Tahun ${m.tahun ?? ""}`))
      )
    );
    out.push(...kalimatAnggaran(ctx, true).slice(1));
  } else {
    out.push(para(ph("pagu dan realisasi anggaran (sheet Anggaran)")));
  }
  return out;
}

function babPenutup(ctx: Konteks): Block[] {
  const m = ctx.m;
  const r = m.ringkasan;
  const out: Block[] = [judul(1, "BAB IV PENUTUP")];
  out.push(
    para(
      "Laporan Kinerja ",
      ctx.unitKerja,
      " Tahun ",
      ctx.tahun,
      " disusun berdasarkan ",
      isiAtau(
        m.profil.dasarHukumPelaporan,
        "dasar hukum pelaporan (Profil: Dasar Hukum Pelaporan)"
      ),
      "."
    )
  );
  out.push(
    para(
      "Hasil pengukuran kinerja Tahun ",
      ctx.tahun,
      " menunjukkan bahwa dari ",
      jumlah(r.jumlahIndikator, "indikator kinerja"),
      ", ",
      kalimatTercapai(r.jumlahIndikator, r.tercapai, r.belumTercapai),
      r.serapanTotal.ok && r.totalPagu > 0
        ? [", dengan serapan anggaran sebesar ", persen(r.serapanTotal.value)]
        : "",
      ". ",
      r.belumTercapai > 0
        ? "Masih terdapat kendala yang memerlukan upaya dan komitmen bersama untuk meningkatkan kinerja pada tahun berikutnya."
        : "Capaian tersebut perlu dipertahankan dan ditingkatkan pada tahun berikutnya."
    )
  );
  const rencana = m.tindakLanjut.map((x) => teks(x.rencana)).filter((s): s is string => s !== null);
  const upaya = m.tahunan.kendala.map((x) => teks(x.upaya)).filter((s): s is string => s !== null);
  const strategi =
    rencana.length > 0
      ? rencana
      : ctx.semuaStrategi().length > 0
        ? ctx.semuaStrategi()
        : [...new Set(upaya)];
  out.push(
    para(
      "Untuk mencapai tujuan dan sasaran yang ditetapkan, strategi dan kebijakan yang akan ditempuh adalah sebagai berikut:"
    )
  );
  out.push(
    strategi.length > 0
      ? daftar(
          "number",
          strategi.map((s) => [t(s)])
        )
      : para(ph("strategi dan kebijakan tahun berikutnya (sheet Tindak Lanjut)"))
  );
  out.push(
    para(
      "Dengan disusunnya Laporan Kinerja ini, diharapkan dapat menjadi bahan evaluasi dan pertimbangan dalam perencanaan kinerja tahun berikutnya. Saran dan masukan demi perbaikan penyusunan laporan di tahun mendatang sangat kami harapkan."
    )
  );
  out.push({ type: "signature", left: null, right: sisiPelapor(ctx) });
  return out;
}

function lampiran(ctx: Konteks): Block[] {
  const m = ctx.m;
  const out: Block[] = [judul(1, "LAMPIRAN")];
  out.push(judul(2, `Perjanjian Kinerja Tahun ${m.tahun ?? teksPlaceholder("tahun")}`));
  if (ctx.kinerja.length > 0) {
    out.push(
      tabelPerjanjian(
        ctx,
        rapi(`Lampiran Perjanjian Kinerja ${unitTeks(ctx)} Tahun ${m.tahun ?? ""}`)
      )
    );
    const program = tabelProgram(ctx, () => "Program dan Anggaran");
    if (program) out.push(program);
  } else {
    out.push(para(ph("indikator kinerja (sheet Kinerja)")));
  }
  out.push({
    type: "signature",
    left: sisiAtasan(ctx, "Pihak Kedua,"),
    right: sisiPelapor(ctx, "Pihak Pertama,"),
  });
  return out;
}

/** The annual narrative of a report model. Deterministic; never throws. */
export function buildTahunan(model: ReportModel, opsi: OpsiNarasi = {}): NarrativeDocument {
  const ctx = new Konteks(model, opsi);
  const p = model.profil;
  const unit = teks(p.unitKerja) ?? teksPlaceholder("unit kerja");
  const tahun = model.tahun === null ? teksPlaceholder("tahun") : String(model.tahun);
  const judulDok = `LAPORAN KINERJA ${unit.toUpperCase()} TAHUN ${tahun}`;
  const subjudul = [teks(p.pemerintahDaerah)]
    .filter((s): s is string => s !== null)
    .map((s) => s.toUpperCase());
  const blocks: Block[] = [
    ...kataPengantar(ctx),
    { type: "pageBreak" },
    ...babPendahuluan(ctx),
    { type: "pageBreak" },
    ...babPerencanaan(ctx),
    { type: "pageBreak" },
    ...babAkuntabilitas(ctx),
    { type: "pageBreak" },
    ...babPenutup(ctx),
    { type: "pageBreak" },
    ...lampiran(ctx),
  ];
  return dokumen(ctx, "Tahunan", judulDok, subjudul, blocks);
}
