// Production URL for the copied manifest: every development URL is replaced by the hosted base.
// Used by webpack.config.js; kept apart so tests can check it without a build.
const DEV_BASE_URL = "https://localhost:3000/";

/**
 * Checks and normalises ADDIN_BASE_URL: https only, no query or fragment, always ending in "/".
 * Returns { ok: true, value } or { ok: false, message } with an Indonesian message.
 * @param {string} raw
 * @returns {{ ok: true, value: string } | { ok: false, message: string }}
 */
function normalizeBaseUrl(raw) {
  const text = String(raw ?? "").trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `ADDIN_BASE_URL bukan URL yang sah: "${text}"` };
  }
  if (url.protocol !== "https:") {
    return {
      ok: false,
      message: `ADDIN_BASE_URL harus memakai https:// (Office menolak http): "${text}"`,
    };
  }
  if (url.search || url.hash) {
    return { ok: false, message: `ADDIN_BASE_URL tidak boleh memuat ? atau #: "${text}"` };
  }
  if (/[&'"<>]/.test(url.href)) {
    // The value is pasted into XML attributes as is.
    return { ok: false, message: `ADDIN_BASE_URL tidak boleh memuat & ' " < >: "${text}"` };
  }
  const value = url.href.endsWith("/") ? url.href : `${url.href}/`;
  return { ok: true, value };
}

/**
 * Replaces every occurrence (not only the first) of the development base URL.
 * @param {string} xml
 * @param {string} baseUrl normalised, ending in "/"
 * @returns {string}
 */
function replaceBaseUrl(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, normalizeBaseUrl, replaceBaseUrl };
