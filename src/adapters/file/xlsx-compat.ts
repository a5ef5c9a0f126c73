// exceljs (4.x) misreads a table column that has child elements: Excel writes
// <calculatedColumnFormula> (and <totalsRowFormula>, <xmlColumnPr>) inside
// <tableColumn> for calculated columns, and exceljs then loses the column list
// and throws while loading. Those children only tell Excel how to fill new
// rows; the cells keep their own formulas, so dropping them before exceljs
// parses the file loses nothing the reader needs.
import JSZip from "jszip";

const TABLE_PART = /^xl\/tables\/table\d+\.xml$/;
const COLUMN_CHILDREN =
  /<(calculatedColumnFormula|totalsRowFormula|xmlColumnPr)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g;

/** Table part XML with the <tableColumn> children exceljs cannot parse removed. */
export function stripTableColumnChildren(xml: string): string {
  return xml
    .replace(COLUMN_CHILDREN, "")
    .replace(/<tableColumn\b([^>]*?)>\s*<\/tableColumn>/g, "<tableColumn$1/>");
}

/** The .xlsx bytes with every table part made readable for exceljs. */
export async function xlsxForExceljs(data: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  const parts = Object.keys(zip.files).filter((f) => TABLE_PART.test(f));
  let changed = false;
  for (const path of parts) {
    const file = zip.file(path);
    if (!file) continue;
    const xml = await file.async("string");
    const stripped = stripTableColumnChildren(xml);
    if (stripped !== xml) {
      zip.file(path, stripped);
      changed = true;
    }
  }
  if (!changed) return Buffer.from(data);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
