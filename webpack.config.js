// Build of the shared-runtime page (taskpane.html): custom functions, ribbon commands and the
// lazily loaded React task pane, plus functions.json, the icons and the manifest.
//
// Environment:
//   ADDIN_BASE_URL  production base URL (https://.../); replaces every https://localhost:3000/
//                   in the copied manifest.
//   OFFICE_JS=local serve office.js from node_modules/@microsoft/office-js/dist (copied to
//                   dist/office-js/) instead of the Office CDN, for tests without network.
//   LKJ_DIST_DIR    output folder (default dist/), used by the build test and the benchmark.
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_BASE_URL, normalizeBaseUrl, replaceBaseUrl } = require("./scripts/manifest-url");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIST = path.join(__dirname, "node_modules", "@microsoft", "office-js", "dist");
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

// office.js loads its host scripts (excel-*.js, custom-functions-runtime.js) and locale strings
// from its own folder; only what Excel needs is copied (about 9 MB instead of 86 MB).
const OFFICE_JS_SKIP =
  /(\.debug\.js|\.d\.ts|vsdoc\.js)$|^(access|onenote|outlook|powerpoint|project|visio|word)/i;
const OFFICE_JS_LOCALES = ["en-us", "id-id"];

/** The dev certificate of office-addin-dev-certs, when installed; else webpack's self-signed one. */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const present = Object.values(files).every((f) => fs.existsSync(path.join(dir, f)));
  if (!present) return "https";
  const options = {};
  for (const [key, file] of Object.entries(files)) {
    options[key] = fs.readFileSync(path.join(dir, file));
  }
  return { type: "https", options };
}

function manifestBaseUrl(production) {
  const raw = process.env.ADDIN_BASE_URL;
  if (!raw) {
    if (production) {
      console.warn(
        `ADDIN_BASE_URL tidak disetel: manifest.xml hasil build tetap memakai ${DEV_BASE_URL}.`
      );
    }
    return DEV_BASE_URL;
  }
  const checked = normalizeBaseUrl(raw);
  if (!checked.ok) throw new Error(checked.message);
  return checked.value;
}

module.exports = (_env, argv = {}) => {
  const production = (argv.mode ?? process.env.NODE_ENV) === "production";
  const baseUrl = manifestBaseUrl(production);
  const localOfficeJs = process.env.OFFICE_JS === "local";
  const outputPath = path.resolve(process.env.LKJ_DIST_DIR || path.join(__dirname, "dist"));

  const copy = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "src/runtime/bantuan.html", to: "bantuan.html" },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => replaceBaseUrl(content.toString("utf8"), baseUrl),
    },
  ];
  if (localOfficeJs) {
    copy.push({
      from: OFFICE_JS_DIST,
      to: "office-js",
      // Already minified by Microsoft; re-minifying 9 MB would take most of the build time.
      info: { minimized: true },
      filter: (file) => {
        const relative = path.relative(OFFICE_JS_DIST, file).split(path.sep);
        if (relative.length > 1) return OFFICE_JS_LOCALES.includes(relative[0].toLowerCase());
        return !OFFICE_JS_SKIP.test(relative[0]);
      },
    });
  }

  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    // Office on Windows may run the page in an older Edge WebView: target ES2017 output.
    target: ["web", "es2017"],
    entry: {
      // Stable name: the manifest's Functions.Script.Url points at taskpane.js.
      taskpane: "./src/runtime/main.ts",
    },
    output: {
      path: outputPath,
      filename: "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      // Only lazy chunks are split: the page's first script must register the functions
      // without waiting for React and Fluent UI, which live in the task pane's chunks.
      splitChunks: { chunks: "async" },
    },
    performance: {
      // The budget is measured by `npm run bench` (gzipped); webpack's raw-size hint is noise.
      hints: false,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/runtime/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "blocking",
        inject: "body",
        templateParameters: {
          officeJsUrl: localOfficeJs ? "office-js/office.js" : OFFICE_JS_CDN,
        },
      }),
      new CopyWebpackPlugin({ patterns: copy }),
    ],
    devServer: {
      host: "localhost",
      port: Number(process.env.LKJ_PORT || 3000),
      server: httpsServer(),
      // Excel on the web fetches functions.json and the icons from another origin.
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false } },
    },
  };
};
