import {
  NAMA_BULAN,
  dateToExcelSerial,
  excelSerialToDate,
  formatTanggal,
  parseTahun,
  parseTriwulan,
  periodeLaporan,
  periodeTahunan,
  periodeTriwulan,
  romawi,
  tambahHariKerja,
} from "../../src/core/format/tanggal";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("Excel serials (1900 system)", () => {
  it.each([
    [1, utc(1900, 1, 1)],
    [59, utc(1900, 2, 28)],
    [61, utc(1900, 3, 1)],
    [36526, utc(2000, 1, 1)],
    [45199, utc(2023, 9, 30)],
    [45291, utc(2023, 12, 31)],
  ])("serial %p is %p", (serial, date) => {
    expect(excelSerialToDate(serial)).toEqual(date);
    expect(dateToExcelSerial(date)).toBe(serial);
  });

  it("reads Excel's fictitious 29 February 1900 (serial 60) as 28 February", () => {
    expect(excelSerialToDate(60)).toEqual(utc(1900, 2, 28));
  });

  it("keeps the time of day as the fraction", () => {
    const d = excelSerialToDate(45199.5);
    expect(d.toISOString()).toBe("2023-09-30T12:00:00.000Z");
    expect(dateToExcelSerial(d)).toBe(45199.5);
  });

  it("gives an invalid date for a non-finite serial", () => {
    expect(Number.isNaN(excelSerialToDate(NaN).getTime())).toBe(true);
  });
});

describe("formatTanggal", () => {
  it("prints Indonesian dates from a Date or a serial", () => {
    expect(formatTanggal(utc(2023, 9, 30))).toBe("30 September 2023");
    expect(formatTanggal(45199)).toBe("30 September 2023");
    expect(formatTanggal(utc(2023, 6, 30))).toBe("30 Juni 2023"); // seed 000 signature date
    expect(formatTanggal(new Date(NaN))).toBe("");
  });

  it("has the twelve month names", () => {
    expect(NAMA_BULAN).toHaveLength(12);
    expect(NAMA_BULAN[0]).toBe("Januari");
    expect(NAMA_BULAN[7]).toBe("Agustus");
  });
});

describe("romawi and triwulan", () => {
  it.each([
    [1, "I"],
    [2, "II"],
    [3, "III"],
    [4, "IV"],
    [9, "IX"],
    [14, "XIV"],
    [2023, "MMXXIII"],
    [0, "0"],
    [1.5, "1.5"],
  ])("romawi(%p) = %p", (n, r) => {
    expect(romawi(n)).toBe(r);
  });

  it.each([
    ["III", 3],
    ["iii", 3],
    ["3", 3],
    [3, 3],
    ["TW III", 3],
    ["TW. III", 3],
    ["Triwulan III", 3],
    ["triwulan ke-3", 3],
    ["Q4", 4],
    [" I ", 1],
    ["IV", 4],
  ])("parseTriwulan(%p) = %p", (input, tw) => {
    expect(parseTriwulan(input)).toEqual({ ok: true, value: tw });
  });

  it.each([["V"], [5], [0], [2.5], [""], [null], [true], ["Tahunan"]])(
    "parseTriwulan(%p) fails",
    (input) => {
      expect(parseTriwulan(input)).toMatchObject({
        ok: false,
        error: { code: "TRIWULAN_TIDAK_VALID", excel: "#VALUE!" },
      });
    }
  );
});

describe("periods", () => {
  it.each([
    [1, "1 Januari s.d. 31 Maret 2023"],
    [2, "1 April s.d. 30 Juni 2023"],
    [3, "1 Juli s.d. 30 September 2023"],
    [4, "1 Oktober s.d. 31 Desember 2023"],
  ] as const)("triwulan %p of 2023: %p", (tw, teks) => {
    const p = periodeTriwulan(tw, 2023);
    expect(p.teks).toBe(teks);
    expect(p.mulai.getUTCDate()).toBe(1);
  });

  it("knows leap years in quarter 1", () => {
    expect(periodeTriwulan(1, 2024).akhir).toEqual(utc(2024, 3, 31));
    expect(periodeTriwulan(3, 2023).akhir).toEqual(utc(2023, 9, 30));
  });

  it("annual period", () => {
    const p = periodeTahunan(2023);
    expect(p.teks).toBe("1 Januari s.d. 31 Desember 2023");
    expect(p.mulai).toEqual(utc(2023, 1, 1));
    expect(p.akhir).toEqual(utc(2023, 12, 31));
  });

  it("periodeLaporan takes cell values", () => {
    expect(periodeLaporan("III", 2023)).toMatchObject({
      ok: true,
      value: { teks: "1 Juli s.d. 30 September 2023" },
    });
    expect(periodeLaporan("Tahunan", "2020")).toMatchObject({
      ok: true,
      value: { teks: "1 Januari s.d. 31 Desember 2020" },
    });
    expect(periodeLaporan("V", 2023)).toMatchObject({ ok: false });
    expect(periodeLaporan("I", 23)).toMatchObject({
      ok: false,
      error: { code: "TAHUN_TIDAK_VALID" },
    });
  });

  it("parseTahun", () => {
    expect(parseTahun(2023)).toEqual({ ok: true, value: 2023 });
    expect(parseTahun(" 2023 ")).toEqual({ ok: true, value: 2023 });
    expect(parseTahun(2023.5)).toMatchObject({ ok: false });
    expect(parseTahun("dua ribu")).toMatchObject({ ok: false });
  });
});

describe("tambahHariKerja", () => {
  it("5 working days after Saturday 30 September 2023 is Friday 6 October", () => {
    // Perbup Lumajang 6/2018: report at the latest 5 working days after the quarter.
    expect(tambahHariKerja(utc(2023, 9, 30), 5)).toEqual(utc(2023, 10, 6));
  });

  it.each([
    [utc(2023, 10, 6), 1, utc(2023, 10, 9)], // Friday + 1 → Monday
    [utc(2023, 10, 2), 4, utc(2023, 10, 6)],
    [utc(2023, 10, 2), 5, utc(2023, 10, 9)],
    [utc(2023, 10, 9), -1, utc(2023, 10, 6)], // back over the weekend
    [utc(2023, 10, 7), 0, utc(2023, 10, 7)],
    [utc(2023, 12, 29), 2, utc(2024, 1, 2)],
  ])("%p + %p working days = %p", (d, n, expected) => {
    expect(tambahHariKerja(d, n)).toEqual(expected);
  });

  it("never lands on a weekend for n ≠ 0", () => {
    for (let day = 1; day <= 14; day++) {
      for (const n of [1, 2, 3, 7, -1, -4]) {
        const wd = tambahHariKerja(utc(2023, 10, day), n).getUTCDay();
        expect(wd === 0 || wd === 6).toBe(false);
      }
    }
  });
});
