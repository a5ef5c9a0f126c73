#!/usr/bin/env node
// Regenerates the PNG icons in assets/ from the SVG sources in assets/src/ with headless
// Chromium (playwright-core), so the icons are made by the project and reproducible:
//   node scripts/make-icons.js
// Chromium is taken from CHROMIUM_PATH, else /usr/bin/chromium.
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const ASSETS = path.join(__dirname, "..", "assets");
const SOURCES = path.join(ASSETS, "src");

// Small sizes get their own simplified drawing: detail that blurs at 16 px is left out.
const ICONS = [
  { source: "icon-16.svg", sizes: [16], name: () => "icon-16.png" },
  { source: "icon-32.svg", sizes: [32], name: () => "icon-32.png" },
  { source: "icon.svg", sizes: [64, 80, 128], name: (size) => `icon-${size}.png` },
  ...["panel", "siapkan", "periksa", "narasi", "bagikan"].map((button) => ({
    source: `btn-${button}.svg`,
    sizes: [16, 32, 80],
    name: (size) => `btn-${button}-${size}.png`,
  })),
];

function page(svg, size) {
  // The SVG is inlined and stretched to the requested pixel size.
  return (
    "<!doctype html><html><head><style>" +
    `html,body{margin:0;padding:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}` +
    `</style></head><body>${svg}</body></html>`
  );
}

async function main() {
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    console.error(`Chromium tidak ditemukan di ${executablePath}; setel CHROMIUM_PATH.`);
    process.exit(1);
  }
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
  try {
    for (const icon of ICONS) {
      const svg = fs.readFileSync(path.join(SOURCES, icon.source), "utf8");
      for (const size of icon.sizes) {
        const tab = await browser.newPage({ viewport: { width: size, height: size } });
        await tab.setContent(page(svg, size));
        const out = path.join(ASSETS, icon.name(size));
        await tab.screenshot({ path: out, omitBackground: true });
        await tab.close();
        console.log(`${path.relative(process.cwd(), out)} (${size}×${size})`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
