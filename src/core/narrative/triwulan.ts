// The quarterly report (Laporan Kinerja Triwulan) as the seeds lay it out:
// BAB I Pendahuluan, BAB II Akuntabilitas Kinerja (2.1 Perjanjian Kinerja …
// 2.6 Tanggapan Atasan Langsung), BAB III Penutup and the signatures. The
// seeds' drifting sub-chapter numbers are replaced by one clean numbering.
import { romawi } from "../format/tanggal";
import type { ReportModel } from "../model/types";
import type { Block, ListItem, NarrativeDocument, Run, TableCell } from "./document";
import { teksPlaceholder } from "./document";
import {
  figurCapaian,
  isiAtau,
  jumlah,
  kalimatTercapai,
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
  judul,
  kalimatAnggaran,
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

/** Caption text with blanks squeezed out (a missing jabatan leaves no double space). */
function rapi(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** "berkewajiban … kepada Camat Tempeh": who the report goes to. */
function babPendahuluan(ctx: Konteks): Block[] {
  const p = ctx.m.profil;
  const eselon = teks(p.eselon);
  const out: Block[] = [judul(1, "BAB I PENDAHULUAN")];

  out.push(judul(2, "1.1 Latar Belakang"));
  out.push(
    para(
      isiAtau(p.dasarHukumPelaporan, "dasar hukum pelaporan (Profil: Dasar Hukum Pelaporan)"),
      " telah mengamanatkan bahwa pejabat ",
      eselon !== null ? `eselon ${eselon}` : ph("eselon (Profil: Eselon)"),
      " berkewajiban untuk membuat laporan kinerja triwulanan kepada ",
      isiAtau(p.jabatanAtasan, "jabatan atasan (Profil: Jabatan Atasan)"),
      ". Adapun batas waktu pelaporan kinerja dimaksud adalah paling lambat 5 (lima) hari kerja sejak berakhirnya periode triwulan. ",
      ctx.jabatan,
      " sebagai salah satu pejabat ",
      eselon !== null ? `eselon ${eselon}` : "pada jenjang tersebut",
      " berkewajiban menyusun laporan kinerja dimaksud."
    )
  );

  out.push(judul(2, "1.2 Maksud dan Tujuan"));
  out.push(
    para(
      "Pelaporan kinerja ",
      ctx.triwulanTeks,
      " ini merupakan perwujudan sikap akuntabilitas ",
      ctx.jabatan,
      " dalam mengidentifikasi hal-hal yang telah dicapai maupun hal-hal yang belum dapat dicapai dalam kurun waktu ",
      ctx.triwulanTeks,
      " Tahun Anggaran ",
      ctx.tahun,
      ", yaitu ",
      ctx.periodeTeks,
      ". Di samping itu, pelaporan kinerja ini juga bertujuan memberikan gambaran mengenai efisiensi dan efektivitas antara perencanaan kegiatan dan perencanaan anggaran dengan pelaksanaan kegiatan dan pelaksanaan anggaran."
    )
  );

  out.push(judul(2, "1.3 Tugas Pokok dan Fungsi"));
  const pasal = teks(p.pasalTugasFungsi);
  out.push(
    para(
      ctx.jabatan,
      " merupakan salah satu jabatan pada ",
      ctx.unitKerja,
      " ",
      ctx.pemda,
      " sebagaimana amanat ",
      isiAtau(
        p.dasarHukumTugasFungsi,
        "dasar hukum tugas dan fungsi (Profil: Dasar Hukum Tugas dan Fungsi)"
      ),
      ". Berdasarkan ketentuan tersebut, khususnya ",
      pasal !== null
        ? `Pasal ${pasal.replace(/^pasal\s*/i, "")}`
        : ph("pasal tugas dan fungsi (Profil: Pasal Tugas dan Fungsi)"),
      ", tugas dan fungsi ",
      ctx.jabatan,
      " adalah sebagai berikut:"
    )
  );
  const tugas = ctx.m.tugasFungsi.map((r) => teks(r.uraian)).filter((s): s is string => s !== null);
  out.push(
    tugas.length > 0
      ? daftar(
          "letter",
          tugas.map((s, idx) => [t(butirTugas(s) + (idx === tugas.length - 1 ? "." : ";"))])
        )
      : para(ph("uraian tugas dan fungsi (sheet Tugas Fungsi)"))
  );
  return out;
}

function ringkasanCapaian(ctx: Konteks): Run[] {
  const r = ctx.m.ringkasan;
  return runs(
    "Dalam kurun waktu ",
    ctx.triwulanTeks,
    " Tahun ",
    ctx.tahun,
    " (",
    ctx.periodeTeks,
    "), dari ",
    jumlah(r.jumlahIndikator, "indikator kinerja"),
    " yang diperjanjikan, ",
    kalimatTercapai(r.jumlahIndikator, r.tercapai, r.belumTercapai),
    "."
  );
}

function babAkuntabilitas(ctx: Konteks): Block[] {
  const m = ctx.m;
  const p = m.profil;
  ctx.setBab(2);
  const out: Block[] = [judul(1, "BAB II AKUNTABILITAS KINERJA")];

  // 2.1 Perjanjian Kinerja
  out.push(judul(2, "2.1 Perjanjian Kinerja"));
  out.push(
    para(
      "Perjanjian Kinerja Tahun ",
      ctx.tahun,
      " yang ditandatangani antara ",
      ctx.jabatan,
      " dengan ",
      isiAtau(
        p.pihakKedua,
        "pihak kedua Perjanjian Kinerja (Profil: Pihak Kedua Perjanjian Kinerja)"
      ),
      " adalah sebagai berikut:"
    )
  );
  if (ctx.kinerja.length > 0) {
    out.push(
      tabelPerjanjian(
        ctx,
        ctx.tabel(rapi(`Perjanjian Kinerja ${teks(p.jabatan) ?? ""} Tahun ${m.tahun ?? ""}`))
      )
    );
    const program = tabelProgram(ctx, () =>
      ctx.tabel(rapi(`Program dan Anggaran ${teks(p.jabatan) ?? ""} Tahun ${m.tahun ?? ""}`))
    );
    if (program) {
      out.push(
        para(
          "Program yang mendukung Perjanjian Kinerja tersebut beserta anggarannya adalah sebagai berikut:"
        )
      );
      out.push(program);
    }
  } else {
    out.push(para(ph("indikator kinerja (sheet Kinerja)")));
  }

  // 2.2 Capaian Kinerja
  out.push(judul(2, "2.2 Capaian Kinerja"));
  out.push({
    type: "paragraph",
    runs: runs(
      ringkasanCapaian(ctx),
      ctx.kinerja.length > 0 ? " Hal ini dapat dilihat pada tabel berikut:" : ""
    ),
  });
  if (ctx.kinerja.length > 0) {
    out.push(
      tabelCapaian(
        ctx,
        ctx.tabel(
          rapi(
            `Capaian Kinerja ${teks(p.jabatan) ?? ""} ${m.triwulan ? `Triwulan ${romawi(m.triwulan)}` : ""} Tahun ${m.tahun ?? ""}`
          )
        )
      )
    );
    out.push(para("Penjelasan capaian kinerja per indikator adalah sebagai berikut:"));
    ctx.kinerja.forEach((k, idx) => {
      out.push(
        judul(
          3,
          `2.2.${idx + 1} `,
          /^sasaran\b/i.test(teks(k.sasaran) ?? "") ? "" : "Sasaran ",
          namaSasaran(k),
          " dengan indikator ",
          namaIndikator(k)
        )
      );
      out.push(...penjelasanIndikator(ctx, k));
    });
  }

  // 2.3 Anggaran (cost per outcome)
  out.push(judul(2, "2.3 Realisasi Anggaran dan Efisiensi"));
  out.push(
    para(
      "Untuk mewujudkan pencapaian target kinerja sebagaimana tertuang pada tabel capaian kinerja di atas tentunya dibutuhkan anggaran. Oleh karena itu, tabel berikut menguraikan program dan kegiatan yang mendukung ketercapaian target kinerja, termasuk pagu anggaran dan realisasinya (",
      { kind: "text", text: "cost per outcome", italic: true },
      ")."
    )
  );
  if (m.anggaran.length > 0) {
    out.push(
      tabelAnggaran(
        ctx,
        ctx.tabel(
          rapi(
            `Cost per Outcome ${teks(p.jabatan) ?? ""} Tahun ${m.tahun ?? ""}${m.triwulan ? ` – Triwulan ${romawi(m.triwulan)}` : ""}`
          )
        )
      )
    );
    out.push(...kalimatAnggaran(ctx, m.triwulan === 4));
  } else {
    out.push(para(ph("pagu dan realisasi anggaran (sheet Anggaran)")));
  }

  // 2.4 Evaluasi dan analisis
  out.push(judul(2, "2.4 Evaluasi dan Analisis Kinerja"));
  out.push(
    para(
      "Berdasarkan pelaksanaan kegiatan dan anggaran selama ",
      ctx.triwulanTeks,
      " Tahun Anggaran ",
      ctx.tahun,
      ", evaluasi dan analisis atas kinerja ",
      ctx.jabatan,
      " terhadap upaya pencapaian target kinerja adalah sebagai berikut:"
    )
  );
  const strategiRows: TableCell[][] = [];
  ctx.kinerja.forEach((k, idx) => {
    const daftarStrategi = ctx.strategiUntuk(k);
    if (daftarStrategi.length === 0) return;
    daftarStrategi.forEach((s, j) => {
      strategiRows.push([
        sel(j === 0 ? (teks(k.no) ?? String(idx + 1)) : ""),
        sel(j === 0 ? (teks(k.indikator) ?? "") : ""),
        sel(`${j + 1}. ${s.strategi}`),
        sel(s.bulan ?? ""),
      ]);
    });
  });
  if (strategiRows.length > 0) {
    out.push({
      type: "table",
      caption: ctx.tabel("Strategi yang Digunakan dalam Mencapai Target Kinerja"),
      header: [
        ["No", "Indikator Kinerja", "Strategi yang Digunakan", "Pada Bulan"].map((h) => sel(h)),
      ],
      body: strategiRows,
      align: ["center", "left", "left", "left"],
      widths: [1, 5, 7, 3],
    });
  } else {
    out.push(para(ph("strategi per indikator (sheet Strategi)")));
  }
  const belum = ctx.kinerja.filter((k) => k.computed.tercapai === false);
  // After the fourth quarter the work goes on next year, not next quarter.
  const lanjut = m.triwulan === 4 ? "tahun berikutnya" : "triwulan berikutnya";
  const sudah = ctx.kinerja.filter((k) => k.computed.tercapai === true);
  if (belum.length > 0) {
    out.push(
      para(
        "Terhadap ",
        jumlah(belum.length, "indikator"),
        " yang belum mencapai target, upaya yang dilakukan adalah sebagai berikut:"
      )
    );
    const items: ListItem[] = belum.map((k) => {
      const s = ctx.strategiUntuk(k);
      return {
        runs: runs(
          namaIndikator(k),
          k.computed.capaian.ok ? [" (capaian ", figurCapaian(k.computed.capaian), ")"] : "",
          ": ",
          s.length > 0
            ? `melanjutkan strategi di atas secara berkelanjutan pada ${lanjut}, yaitu`
            : ph(
                `upaya untuk indikator "${teks(k.indikator) ?? `baris ${k.row}`}" (sheet Strategi)`
              ),
          s.length > 0 ? "" : "."
        ),
        children:
          s.length > 0
            ? daftar(
                "letter",
                s.map((x) => [t(x.strategi)])
              )
            : undefined,
      };
    });
    out.push(daftar("number", items));
  }
  if (sudah.length > 0) {
    out.push(
      para(
        sudah.length === ctx.kinerja.length && sudah.length > 1
          ? "Seluruh indikator telah mencapai target"
          : ["Sementara itu, ", jumlah(sudah.length, "indikator"), " telah mencapai target"],
        m.triwulan === 4
          ? "; strategi yang digunakan tetap dipertahankan pada tahun berikutnya."
          : "; strategi yang digunakan tetap dipertahankan agar capaian tersebut terjaga sampai dengan akhir tahun."
      )
    );
  }

  // 2.5 Rencana Tindak Lanjut: its own sheet, else the strategies.
  out.push(judul(2, "2.5 Rencana Tindak Lanjut"));
  out.push(
    para(
      "Untuk mewujudkan pencapaian target kinerja sebagaimana tertuang dalam Perjanjian Kinerja Tahun ",
      ctx.tahun,
      ", upaya yang dilakukan secara terus-menerus dan berkelanjutan adalah sebagai berikut:"
    )
  );
  const rencana = m.tindakLanjut.map((r) => teks(r.rencana)).filter((s): s is string => s !== null);
  const sumberRencana = rencana.length > 0 ? rencana : ctx.semuaStrategi();
  out.push(
    sumberRencana.length > 0
      ? daftar(
          "number",
          sumberRencana.map((s) => [t(s)])
        )
      : para(ph("rencana tindak lanjut (sheet Tindak Lanjut)"))
  );

  // 2.6 Tanggapan Atasan Langsung: the checklist the superior ticks.
  out.push(judul(2, "2.6 Tanggapan Atasan Langsung"));
  out.push(
    daftar(
      "bullet",
      [
        "Laporan sudah baik",
        "Laporan kurang baik",
        "Laporan segera diperbaiki",
        "Target dan realisasi diteliti ulang",
        "Capaian diteliti ulang",
        "Lain-lain: ........................................",
      ].map((s) => [t(`☐ ${s}`)])
    )
  );
  return out;
}

function babPenutup(ctx: Konteks): Block[] {
  const m = ctx.m;
  const r = m.ringkasan;
  const out: Block[] = [judul(1, "BAB III PENUTUP")];
  out.push(
    para(
      "Laporan Kinerja ",
      ctx.triwulanTeks,
      " Tahun ",
      ctx.tahun,
      " dapat disimpulkan secara ringkas sebagai berikut:"
    )
  );
  const strategi = ctx.semuaStrategi();
  const items: ListItem[] = [
    {
      runs: runs(
        "Secara umum pelaksanaan tugas pokok dan fungsi ",
        ctx.jabatan,
        " berdasarkan ",
        isiAtau(
          m.profil.dasarHukumTugasFungsi,
          "dasar hukum tugas dan fungsi (Profil: Dasar Hukum Tugas dan Fungsi)"
        ),
        " telah dapat dilaksanakan sebagaimana mestinya;"
      ),
    },
    {
      runs: runs(
        "Dalam pencapaian sasaran yang diperjanjikan, dari ",
        jumlah(r.jumlahIndikator, "indikator kinerja"),
        " yang ditetapkan, ",
        kalimatTercapai(r.jumlahIndikator, r.tercapai, r.belumTercapai),
        r.serapanTotal.ok && r.totalPagu > 0
          ? [
              ", dengan serapan anggaran sampai dengan ",
              ctx.akhirPeriode,
              " sebesar ",
              persen(r.serapanTotal.value),
            ]
          : "",
        ";"
      ),
    },
    {
      runs: runs("Adapun strategi yang dilakukan untuk mencapai target kinerja adalah melalui:"),
      children:
        strategi.length > 0
          ? daftar(
              "letter",
              strategi.map((s) => [t(s)])
            )
          : daftar("letter", [[ph("strategi per indikator (sheet Strategi)")]]),
    },
  ];
  out.push(daftar("number", items));
  out.push({ type: "signature", left: sisiAtasan(ctx), right: sisiPelapor(ctx) });
  return out;
}

/** The quarterly narrative of a report model. Deterministic; never throws. */
export function buildTriwulan(model: ReportModel, opsi: OpsiNarasi = {}): NarrativeDocument {
  const ctx = new Konteks(model, opsi);
  const p = model.profil;
  const tw = model.triwulan === null ? teksPlaceholder("triwulan") : romawi(model.triwulan);
  const tahun = model.tahun === null ? teksPlaceholder("tahun") : String(model.tahun);
  const judulDok = `LAPORAN KINERJA TRIWULAN ${tw} TAHUN ${tahun}`;
  const subjudul = [teks(p.jabatan), teks(p.unitKerja), teks(p.pemerintahDaerah)]
    .filter((s): s is string => s !== null)
    .map((s) => s.toUpperCase());
  const blocks: Block[] = [
    ...babPendahuluan(ctx),
    { type: "pageBreak" },
    ...babAkuntabilitas(ctx),
    { type: "pageBreak" },
    ...babPenutup(ctx),
  ];
  return dokumen(ctx, "Triwulan", judulDok, subjudul, blocks);
}
