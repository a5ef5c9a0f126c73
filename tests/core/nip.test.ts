import { formatNip, parseNip } from "../../src/core/nip";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("parseNip", () => {
  // NIPs as printed in the seeds.
  it.each([
    ["NIP. 19870702 200602 1 002", utc(1987, 7, 2), 2006, 2, "L", "002"],
    ["19681114 199003 1 004", utc(1968, 11, 14), 1990, 3, "L", "004"],
    ["196609051989031009", utc(1966, 9, 5), 1989, 3, "L", "009"],
    ["19660605 200604 2 017", utc(1966, 6, 5), 2006, 4, "P", "017"],
    ["NIP.19751129 199903 2 004", utc(1975, 11, 29), 1999, 3, "P", "004"],
    ["NIP: 19640316.198503.2.010", utc(1964, 3, 16), 1985, 3, "P", "010"],
  ])("%p", (input, lahir, tahun, bulan, jk, urut) => {
    const h = parseNip(input);
    expect(h.ok).toBe(true);
    if (!h.ok) return;
    expect(h.value.lahir).toEqual(lahir);
    expect(h.value.tmt).toEqual({ tahun, bulan });
    expect(h.value.jenisKelamin).toBe(jk);
    expect(h.value.urut).toBe(urut);
    expect(h.value.jenis).toBe("PNS");
    expect(h.value.digits).toMatch(/^\d{18}$/);
  });

  it("accepts PPPK-shaped numbers (year + 2x where the TMT month would be)", () => {
    const h = parseNip("198503122021212005");
    expect(h).toMatchObject({
      ok: true,
      value: { jenis: "PPPK", tmt: { tahun: 2021, bulan: 0 }, jenisKelamin: "P", urut: "005" },
    });
  });

  it.each([
    ["1987070220060210", "NIP_PANJANG"], // missing digits
    ["19870702200602100233", "NIP_PANJANG"],
    ["19870230 200602 1 002", "NIP_LAHIR"], // 30 February
    ["18870702 200602 1 002", "NIP_LAHIR"],
    ["19870702 200613 1 002", "NIP_TMT"], // month 13
    ["19870702 200600 1 002", "NIP_TMT"],
    ["19870702 198001 1 002", "NIP_TMT"], // TMT before birth
    ["19870702 200602 3 002", "NIP_JENIS_KELAMIN"],
    ["19870702 20O602 1 002", "NIP_TIDAK_VALID"], // letter O
    ["", "NIP_KOSONG"],
    [null, "NIP_KOSONG"],
    [198707022006021000, "NIP_ANGKA"], // a number has already lost its last digits
  ])("%p → %s", (input, code) => {
    const h = parseNip(input);
    expect(h.ok).toBe(false);
    if (!h.ok) {
      expect(h.error.code).toBe(code);
      expect(h.error.message).toMatch(/NIP/);
    }
  });
});

describe("formatNip", () => {
  it.each([
    ["198707022006021002", "19870702 200602 1 002"],
    ["NIP. 19870702.200602.1.002", "19870702 200602 1 002"],
    [" 12345 ", "12345"],
  ])("%p → %p", (input, out) => {
    expect(formatNip(input)).toBe(out);
  });
});
