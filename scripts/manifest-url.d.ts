// Types for scripts/manifest-url.js (CommonJS, used by webpack.config.js and the tests).
export declare const DEV_BASE_URL: string;
export declare function normalizeBaseUrl(
  raw: string | undefined
): { ok: true; value: string } | { ok: false; message: string };
export declare function replaceBaseUrl(xml: string, baseUrl: string): string;
