import { EXAMPLES, exampleToRawWorkbook } from "../../../src/core/examples";
import { mapWorkbook } from "../../../src/core/model/map";
import {
  buildNarasi,
  buildTahunan,
  renderHtml,
  renderMarkdown,
  renderSheetRows,
  type NarrativeDocument,
} from "../../../src/core/narrative";
import { modelSintetis } from "./fixtures";

/** A document with every block type, nesting and awkward text. */
const SEMUA: NarrativeDocument = {
  judul: "LAPORAN UJI",
  subjudul: ["KECAMATAN UJI"],
  jenis: "Triwulan",
  sumber: "v1-0000000000000000",
  placeholders: ["nama atasan"],
  blocks: [
    {
      type: "heading",
      level: 1,
      centered: true,
      runs: [{ kind: "text", text: "BAB I PENDAHULUAN" }],
    },
    { type: "heading", level: 2, runs: [{ kind: "text", text: "1.1 Latar Belakang" }] },
    { type: "heading", level: 3, runs: [{ kind: "text", text: "1.1.1 Rinci" }] },
    {
      type: "paragraph",
      runs: [
        { kind: "text", text: "Teks " },
        { kind: "text", text: "tebal", bold: true },
        { kind: "text", text: " dan " },
        { kind: "text", text: "miring", italic: true },
        { kind: "text", text: " serta a*b_c|d <b>x</b> " },
        { kind: "placeholder", label: "nama atasan" },
      ],
    },
    { type: "paragraph", runs: [{ kind: "text", text: "1. bukan daftar" }] },
    {
      type: "list",
      style: "number",
      items: [
        {
          runs: [{ kind: "text", text: "satu" }],
          children: {
            type: "list",
            style: "letter",
            items: [
              { runs: [{ kind: "text", text: "anak a" }] },
              { runs: [{ kind: "text", text: "anak b" }] },
            ],
          },
        },
        { runs: [{ kind: "text", text: "dua" }] },
      ],
    },
    { type: "list", style: "bullet", items: [{ runs: [{ kind: "text", text: "butir" }] }] },
    {
      type: "table",
      caption: "Tabel 1.1 Uji",
      header: [
        [{ runs: [{ kind: "text", text: "Kelompok" }], colSpan: 3 }],
        [
          { runs: [{ kind: "text", text: "No" }] },
          { runs: [{ kind: "text", text: "Uraian" }] },
          { runs: [{ kind: "text", text: "Nilai" }] },
        ],
      ],
      body: [
        [
          { runs: [{ kind: "text", text: "1" }] },
          { runs: [{ kind: "text", text: "a|b" }] },
          { runs: [{ kind: "text", text: "1.234,5" }] },
        ],
        [
          { runs: [{ kind: "text", text: "Jumlah" }], colSpan: 2, bold: true },
          { runs: [{ kind: "text", text: "1.234,5" }] },
        ],
      ],
      align: ["center", "left", "right"],
      widths: [1, 5, 2],
      totalRows: [1],
    },
    {
      type: "signature",
      left: {
        above: [[{ kind: "text", text: "Mengetahui," }], [{ kind: "text", text: "Camat Uji" }]],
        nama: [{ kind: "placeholder", label: "nama atasan" }],
        nip: [{ kind: "text", text: "NIP. 19870702 200602 1 002" }],
      },
      right: {
        above: [
          [{ kind: "text", text: "Lumajang, 30 September 2023" }],
          [{ kind: "text", text: "Kasi Uji" }],
          [{ kind: "text", text: "baris tambahan" }],
        ],
        nama: [{ kind: "text", text: "NAMA PELAPOR" }],
        nip: [{ kind: "text", text: "NIP. 19920608 201507 1 001" }],
      },
    },
    { type: "pageBreak" },
  ],
};

describe("renderMarkdown", () => {
  const md = renderMarkdown(SEMUA);
  const lines = md.split("\n");

  it("judul dan tiga tingkat heading", () => {
    expect(lines[0]).toBe("# LAPORAN UJI");
    expect(lines).toContain("**KECAMATAN UJI**");
    expect(lines).toContain("## BAB I PENDAHULUAN");
    expect(lines).toContain("### 1.1 Latar Belakang");
    expect(lines).toContain("#### 1.1.1 Rinci");
  });

  it("tebal, miring, penanda; teks model di-escape (tanpa HTML)", () => {
    expect(md).toContain(
      "Teks **tebal** dan *miring* serta a\\*b\\_c\\|d \\<b\\>x\\</b\\> **[perlu dilengkapi: nama atasan]**"
    );
    expect(md).not.toContain("<b>");
    expect(lines).toContain("1\\. bukan daftar");
  });

  it("daftar bernomor, berhuruf bersarang dan butir", () => {
    expect(lines).toContain("1. satu");
    expect(lines).toContain("   - a. anak a");
    expect(lines).toContain("   - b. anak b");
    expect(lines).toContain("2. dua");
    expect(lines).toContain("- butir");
  });

  it("tabel: keterangan, kepala, perataan, rentang kolom, baris jumlah tebal", () => {
    const i = lines.indexOf("**Tabel 1.1 Uji**");
    expect(i).toBeGreaterThanOrEqual(0);
    expect(lines[i + 2]).toBe("| No | Uraian | Nilai |");
    expect(lines[i + 3]).toBe("| :---: | --- | ---: |");
    expect(lines[i + 4]).toBe("| **Kelompok** |   |   |");
    expect(lines[i + 5]).toBe("| 1 | a\\|b | 1.234,5 |");
    expect(lines[i + 6]).toBe("| **Jumlah** |   | **1.234,5** |");
  });

  it("tanda tangan berdampingan dengan nama sejajar, lalu pemisah halaman", () => {
    const nama = lines.find((l) => l.includes("NAMA PELAPOR"));
    expect(nama).toBe("| **[perlu dilengkapi: nama atasan]** | **NAMA PELAPOR** |");
    const nip = lines.find((l) => l.includes("NIP. 1992"));
    expect(nip).toBe("| NIP. 19870702 200602 1 002 | NIP. 19920608 201507 1 001 |");
    expect(lines).toContain("| Mengetahui, | Kasi Uji |");
    expect(md.trimEnd().endsWith("---")).toBe(true);
  });

  it("setiap baris tabel punya jumlah kolom yang sama (contoh dan Tahunan)", () => {
    const docs = [
      ...EXAMPLES.map((e) => buildNarasi(mapWorkbook(exampleToRawWorkbook(e)))),
      buildTahunan(modelSintetis({ jenis: "Tahunan" })),
    ];
    for (const doc of docs) {
      const blok = renderMarkdown(doc).split("\n\n");
      for (const b of blok) {
        const rows = b.split("\n").filter((l) => l.startsWith("| "));
        if (rows.length === 0) continue;
        const pipes = rows.map((r) => r.replace(/\\\|/g, "").split("|").length);
        expect(new Set(pipes).size).toBe(1);
      }
    }
  });
});

describe("renderSheetRows", () => {
  it("baris persegi panjang, satu gaya per baris", () => {
    const s = renderSheetRows(SEMUA);
    expect(s.width).toBe(3);
    expect(s.columnWidths).toEqual([1, 5, 2]);
    expect(s.styles).toHaveLength(s.rows.length);
    for (const r of s.rows) expect(r).toHaveLength(3);
    for (const st of s.styles) {
      for (const [c, n] of st.merges ?? []) {
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c + n).toBeLessThanOrEqual(s.width);
      }
    }
  });

  it("gaya: judul, heading, paragraf, daftar, tabel, tanda tangan, pemisah", () => {
    const s = renderSheetRows(SEMUA);
    const pada = (teks: string) => s.rows.findIndex((r) => r.includes(teks));
    expect(s.styles[0]).toMatchObject({ kind: "title", centered: true, bold: true });
    expect(s.styles[pada("BAB I PENDAHULUAN")]).toMatchObject({ kind: "heading1", centered: true });
    expect(s.styles[pada("1.1 Latar Belakang")].kind).toBe("heading2");
    expect(s.styles[pada("1.1.1 Rinci")].kind).toBe("heading3");
    const p = pada("Teks tebal dan miring serta a*b_c|d <b>x</b> [perlu dilengkapi: nama atasan]");
    expect(s.styles[p]).toMatchObject({ kind: "paragraph", merges: [[0, 3]], placeholders: [0] });
    expect(s.styles[pada("1. satu")]).toMatchObject({ kind: "listItem", indent: 1 });
    expect(s.styles[pada("a. anak a")]).toMatchObject({ kind: "listItem", indent: 2 });
    expect(s.styles[pada("• butir")].kind).toBe("listItem");
    expect(s.styles[pada("Tabel 1.1 Uji")].kind).toBe("tableCaption");
    const kepala = pada("Kelompok");
    expect(s.styles[kepala]).toMatchObject({ kind: "tableHeader", merges: [[0, 3]], table: 0 });
    expect(s.rows[kepala + 1]).toEqual(["No", "Uraian", "Nilai"]);
    expect(s.rows[kepala + 2]).toEqual(["1", "a|b", "1.234,5"]);
    expect(s.styles[kepala + 2]).toMatchObject({
      kind: "tableRow",
      align: ["center", "left", "right"],
    });
    expect(s.styles[kepala + 3]).toMatchObject({
      kind: "tableTotal",
      bold: true,
      merges: [[0, 2]],
    });
    const nama = pada("NAMA PELAPOR");
    expect(s.rows[nama]).toEqual(["[perlu dilengkapi: nama atasan]", "", "NAMA PELAPOR"]);
    expect(s.styles[nama]).toMatchObject({ kind: "signatureName", bold: true, placeholders: [0] });
    expect(s.rows[nama + 1]).toEqual([
      "NIP. 19870702 200602 1 002",
      "",
      "NIP. 19920608 201507 1 001",
    ]);
    expect(s.styles[s.styles.length - 1].kind).toBe("pageBreak");
  });

  it("contoh laporan: persegi, tanpa undefined, setiap paragraf satu baris", () => {
    for (const e of EXAMPLES) {
      const doc = buildNarasi(mapWorkbook(exampleToRawWorkbook(e)));
      const s = renderSheetRows(doc);
      expect(s.styles).toHaveLength(s.rows.length);
      for (const r of s.rows) {
        expect(r).toHaveLength(s.width);
        for (const c of r) expect(typeof c).toBe("string");
      }
      const paragraf = doc.blocks.filter((b) => b.type === "paragraph").length;
      expect(s.styles.filter((x) => x.kind === "paragraph")).toHaveLength(paragraf);
      expect(JSON.stringify(s.rows)).not.toMatch(/undefined|NaN|null/);
      for (const st of s.styles) {
        for (const c of st.placeholders ?? []) expect(c).toBeLessThan(s.width);
      }
    }
  });
});

describe("renderHtml (Salin ke Word)", () => {
  const html = renderHtml(SEMUA);

  it("setiap jenis blok", () => {
    expect(html).toContain('<h1 style="text-align:center">LAPORAN UJI</h1>');
    expect(html).toContain('<h2 style="text-align:center">BAB I PENDAHULUAN</h2>');
    expect(html).toContain("<h3>1.1 Latar Belakang</h3>");
    expect(html).toContain("<h4>1.1.1 Rinci</h4>");
    expect(html).toContain(
      '<ol><li>satu<ol type="a"><li>anak a</li><li>anak b</li></ol></li><li>dua</li></ol>'
    );
    expect(html).toContain("<ul><li>butir</li></ul>");
    expect(html).toContain('<p style="text-align:center"><b>Tabel 1.1 Uji</b></p>');
    expect(html).toContain('<th colspan="3"');
    expect(html).toMatch(
      /<td colspan="2" style="[^"]*text-align:center[^"]*"><b>Jumlah<\/b><\/td>/
    );
    expect(html).toMatch(/<td style="[^"]*text-align:right[^"]*"><b>1\.234,5<\/b><\/td>/);
    expect(html).toContain("<b><u>NAMA PELAPOR</u></b><br>NIP. 19920608 201507 1 001");
    expect(html).toContain('<br style="page-break-before:always">');
  });

  it("teks model di-escape; penanda disorot", () => {
    expect(html).toContain(
      "a*b_c|d &lt;b&gt;x&lt;/b&gt; <mark><b>[perlu dilengkapi: nama atasan]</b></mark>"
    );
    expect(html).toContain("<b>tebal</b> dan <i>miring</i>");
    expect(html).not.toContain("<b>x</b>");
  });

  it("contoh laporan: tag seimbang, tanpa undefined", () => {
    for (const e of EXAMPLES) {
      const h = renderHtml(buildNarasi(mapWorkbook(exampleToRawWorkbook(e))));
      expect(h).not.toMatch(/undefined|NaN|null/);
      for (const tag of ["table", "tr", "td", "ol", "ul", "li", "p", "b"]) {
        const buka = (h.match(new RegExp(`<${tag}[ >]`, "g")) ?? []).length;
        const tutup = (h.match(new RegExp(`</${tag}>`, "g")) ?? []).length;
        expect([tag, buka]).toEqual([tag, tutup]);
      }
    }
  });
});
