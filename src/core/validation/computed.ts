// Computed columns: a reported (typed) Capaian, Predikat, Serapan, Capaian
// Kinerja or Efisiensi that differs from the core's figure beyond rounding or
// truncation to the decimals shown; capped capaian; Turun computed as Naik.
import { normalHeader } from "../model/map";
import type { Cell, IndikatorKinerja, NumberCell, ReportModel } from "../model/types";
import type { Temuan } from "./types";
import {
  angka,
  cocokDilaporkan,
  desimalDitampilkan,
  kosong,
  kutip,
  label,
  persen,
  pulihkan,
  sebagaiPecahan,
  teksNo,
  temuan,
  type Rule,
} from "./util";

function rumusCapaian(k: IndikatorKinerja): string {
  const t = k.target.value;
  if (t !== null && typeof t === "object") return "capaian terhadap target rentang";
  return k.arah.value === "Turun" ? "(2×target − realisasi)/target" : "realisasi/target";
}

/** Decimals for a message: at least what the cell shows, at least 2. */
function dTampil(c: NumberCell): number {
  return Math.max(2, Math.min(4, desimalDitampilkan(c)));
}

function cekCapaian(m: ReportModel, k: IndikatorKinerja, out: Temuan[]): void {
  const rep = k.reported.capaian;
  const c = k.computed.capaian;
  const tanpaBatas = k.computed.capaianTanpaBatas;
  if (!c.ok || !tanpaBatas.ok) return;
  if (kosong(rep)) {
    const fix = pulihkan(rep, "Kinerja", "Capaian");
    if (fix) {
      out.push(
        temuan(
          "CAPAIAN_KOSONG",
          "info",
          rep.ref,
          `${label("Indikator", k.no)}: Capaian kosong; seharusnya ${persen(c.value)} (${rumusCapaian(k)})`,
          fix
        )
      );
    }
    return;
  }
  const r = sebagaiPecahan(rep);
  if (r === null) {
    if (rep.formula === null && rep.parsed.ok === false && rep.parsed.reason === "bukan-angka") {
      out.push(
        temuan(
          "CAPAIAN_TIDAK_SESUAI",
          "galat",
          rep.ref,
          `${label("Indikator", k.no)}: Capaian ${kutip(rep.raw)} bukan angka; seharusnya ${persen(c.value)} (${rumusCapaian(k)})`,
          pulihkan(rep, "Kinerja", "Capaian")
        )
      );
    }
    return;
  }
  const cocok = (a: number, b: number) => cocokDilaporkan(rep, a, b, true);
  if (cocok(r.nilai, c.value)) return;
  const tertulis = persen(r.nilai, dTampil(rep));
  const batas = m.profil.batasCapaian.value;
  if (batas === null && tanpaBatas.value > 1 + 1e-9 && cocok(r.nilai, 1)) {
    out.push(
      temuan(
        "CAPAIAN_DIBATASI",
        "peringatan",
        rep.ref,
        `${label("Indikator", k.no)}: Capaian tertulis ${tertulis} padahal ${rumusCapaian(k)} = ${persen(tanpaBatas.value)}; capaian di atas 100% tidak salah. Bila kantor memang membatasi, isi Batas Capaian di Profil`,
        pulihkan(rep, "Kinerja", "Capaian")
      )
    );
    return;
  }
  if (batas !== null && r.nilai > batas + 1e-9 && cocok(r.nilai, tanpaBatas.value)) {
    out.push(
      temuan(
        "CAPAIAN_MELEBIHI_BATAS",
        "galat",
        rep.ref,
        `${label("Indikator", k.no)}: Capaian tertulis ${tertulis} melebihi Batas Capaian ${persen(batas)}; seharusnya ${persen(c.value)}`,
        pulihkan(rep, "Kinerja", "Capaian")
      )
    );
    return;
  }
  const t = k.target.value;
  const rv = k.realisasi.value;
  if (
    k.arah.value === "Turun" &&
    typeof t === "number" &&
    t > 0 &&
    rv !== null &&
    cocok(r.nilai, rv / t)
  ) {
    out.push(
      temuan(
        "ARAH_TURUN_DIHITUNG_NAIK",
        "peringatan",
        rep.ref,
        `${label("Indikator", k.no)}: Arah Turun (makin kecil makin baik) tetapi Capaian tertulis ${tertulis} = realisasi/target; untuk Arah Turun capaian = (2×target − realisasi)/target = ${persen(c.value)}`,
        pulihkan(rep, "Kinerja", "Capaian")
      )
    );
    return;
  }
  out.push(
    temuan(
      "CAPAIAN_TIDAK_SESUAI",
      "galat",
      rep.ref,
      `${label("Indikator", k.no)}: Capaian tertulis ${tertulis} tetapi ${rumusCapaian(k)} = ${persen(c.value)}${
        c.value < 1 && c.value > 0 && cocok(r.nilai, 1 - c.value)
          ? "; yang tertulis sama dengan 100% dikurangi capaian (sisa menuju target)"
          : ""
      }`,
      pulihkan(rep, "Kinerja", "Capaian")
    )
  );
}

function cekPredikat(k: IndikatorKinerja, out: Temuan[]): void {
  const rep = k.reported.predikat;
  const hitung = k.computed.predikat;
  if (hitung === null || !k.computed.capaian.ok) return;
  if (kosong(rep)) {
    const fix = pulihkan(rep, "Kinerja", "Predikat");
    if (fix)
      out.push(
        temuan(
          "PREDIKAT_KOSONG",
          "info",
          rep.ref,
          `${label("Indikator", k.no)}: Predikat kosong; seharusnya ${hitung}`,
          fix
        )
      );
    return;
  }
  const tertulis = typeof rep.raw === "string" ? rep.raw : rep.value;
  if (tertulis === null || tertulis === hitung) return; // the common case, no folding needed
  if (normalHeader(tertulis) === normalHeader(hitung)) return;
  // A formula not yet calculated (a file written without results) or showing an Excel
  // error (#NAME? without the add-in) says nothing about the figure.
  if (rep.formula !== null && (tertulis.trim() === "" || tertulis.trim().startsWith("#"))) return;
  // Quote the cell as typed (a number the Indonesian way, never a raw JS number).
  out.push(
    temuan(
      "PREDIKAT_TIDAK_SESUAI",
      "galat",
      rep.ref,
      `${label("Indikator", k.no)}: Predikat tertulis ${kutip(rep.raw)} tetapi capaian ${persen(k.computed.capaian.value)} berpredikat ${hitung}`,
      pulihkan(rep, "Kinerja", "Predikat")
    )
  );
}

function bukanAngka(c: NumberCell | null, kolom: string, no: Cell<string>, out: Temuan[]): void {
  if (!c || c.formula !== null || c.parsed.ok || c.parsed.reason !== "bukan-angka") return;
  out.push(
    temuan(
      "BUKAN_ANGKA",
      "galat",
      c.ref,
      `${label("Anggaran", no)}: ${kolom} ${kutip(c.raw)} bukan angka; kolom ini dihitung dari lembar Kinerja dan Anggaran`,
      pulihkan(c, "Anggaran", kolom)
    )
  );
}

export const hitunganRules: Rule = (m, out) => {
  for (const k of m.kinerja) {
    cekCapaian(m, k, out);
    cekPredikat(k, out);
  }
  for (const b of m.anggaran) {
    const s = b.computed.serapan;
    // A row's cells are views made on each read (model/map.ts): read them once.
    const dilaporkan = b.reported;
    const rep = dilaporkan.serapan;
    if (s.ok && !kosong(rep)) {
      const r = sebagaiPecahan(rep);
      if (r === null) {
        if (rep.formula === null && !rep.parsed.ok && rep.parsed.reason === "bukan-angka") {
          out.push(
            temuan(
              "SERAPAN_TIDAK_SESUAI",
              "galat",
              rep.ref,
              `${label("Anggaran", b.no)}: Serapan ${kutip(rep.raw)} bukan angka; seharusnya ${persen(s.value)} (realisasi/pagu)`,
              pulihkan(rep, "Anggaran", "Serapan")
            )
          );
        }
      } else if (!cocokDilaporkan(rep, r.nilai, s.value, true)) {
        out.push(
          temuan(
            "SERAPAN_TIDAK_SESUAI",
            "galat",
            rep.ref,
            `${label("Anggaran", b.no)}: Serapan tertulis ${persen(r.nilai, dTampil(rep))} tetapi realisasi/pagu = ${persen(s.value)}`,
            pulihkan(rep, "Anggaran", "Serapan")
          )
        );
      }
    } else if (s.ok && kosong(rep)) {
      const fix = pulihkan(rep, "Anggaran", "Serapan");
      if (fix && m.sources.Anggaran?.columns.Serapan) {
        out.push(
          temuan(
            "SERAPAN_KOSONG",
            "info",
            rep.ref,
            `${label("Anggaran", b.no)}: Serapan kosong; seharusnya ${persen(s.value)}`,
            fix
          )
        );
      }
    }

    const ck = b.computed.capaianKinerja;
    const repCk = dilaporkan.capaianKinerja;
    if (ck && ck.ok && repCk && !kosong(repCk)) {
      const r = sebagaiPecahan(repCk);
      if (r && !cocokDilaporkan(repCk, r.nilai, ck.value, true)) {
        out.push(
          temuan(
            "CAPAIAN_KINERJA_TIDAK_SESUAI",
            "galat",
            repCk.ref,
            `${label("Anggaran", b.no)}: Capaian Kinerja tertulis ${persen(r.nilai, dTampil(repCk))} tetapi capaian indikator ${teksNo(b.noKinerja)} = ${persen(ck.value)}`,
            pulihkan(repCk, "Anggaran", "Capaian Kinerja")
          )
        );
      }
    }

    const repEf = dilaporkan.efisiensi;
    bukanAngka(repCk, "Capaian Kinerja", b.no, out);
    bukanAngka(repEf, "Efisiensi", b.no, out);

    const ef = b.computed.efisiensi;
    if (ef && ef.ok && repEf && !kosong(repEf) && repEf.value !== null && repEf.parsed.ok) {
      // Efisiensi is in percentage points; "7,5%" typed with a percent sign means 7,5 points.
      const poin = repEf.parsed.percent ? repEf.value * 100 : repEf.value;
      const d = desimalDitampilkan(repEf);
      if (!cocokDilaporkan(repEf, poin, ef.value, false)) {
        out.push(
          temuan(
            "EFISIENSI_TIDAK_SESUAI",
            "galat",
            repEf.ref,
            `${label("Anggaran", b.no)}: Efisiensi tertulis ${angka(poin, Math.max(2, d))} poin tetapi capaian kinerja − serapan = ${angka(ef.value, 2)} poin`,
            pulihkan(repEf, "Anggaran", "Efisiensi")
          )
        );
      }
    }
  }
};
