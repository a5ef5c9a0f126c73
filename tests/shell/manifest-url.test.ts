// ADDIN_BASE_URL handling for the production manifest (scripts/manifest-url.js).
import { DEV_BASE_URL, normalizeBaseUrl, replaceBaseUrl } from "../../scripts/manifest-url";

describe("normalizeBaseUrl", () => {
  test.each([
    ["https://lkj.example.go.id/addin/", "https://lkj.example.go.id/addin/"],
    ["https://lkj.example.go.id/addin", "https://lkj.example.go.id/addin/"],
    ["  https://lkj.example.go.id  ", "https://lkj.example.go.id/"],
    ["https://lkj.example.go.id:8443/a/b", "https://lkj.example.go.id:8443/a/b/"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeBaseUrl(raw)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["http://lkj.example.go.id/", "https://"],
    ["lkj.example.go.id/addin", "bukan URL"],
    ["", "bukan URL"],
    ["https://lkj.example.go.id/?v=1", "?"],
    ["https://lkj.example.go.id/a&b/", "&"],
  ])("rejects %j with an Indonesian message", (raw, part) => {
    const result = normalizeBaseUrl(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain("ADDIN_BASE_URL");
      expect(result.message).toContain(part);
    }
  });
});

describe("replaceBaseUrl", () => {
  test("replaces every occurrence, not only the first", () => {
    const xml = [1, 2, 3].map((n) => `<a href="${DEV_BASE_URL}f${n}.html"/>`).join("\n");
    const out = replaceBaseUrl(xml, "https://host.go.id/x/");
    expect(out).toBe(
      '<a href="https://host.go.id/x/f1.html"/>\n<a href="https://host.go.id/x/f2.html"/>\n' +
        '<a href="https://host.go.id/x/f3.html"/>'
    );
  });

  test("leaves other localhost URLs and text alone", () => {
    const xml = "https://localhost:3001/a http://localhost:3000/b localhost:3000";
    expect(replaceBaseUrl(xml, "https://h/")).toBe(xml);
  });
});
