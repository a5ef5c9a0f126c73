#!/usr/bin/env node
// Entry of `npx lkj`: runs the compiled command line tool (built by `npm run build:cli`,
// which `npm ci` runs through the `prepare` script).
"use strict";
const path = require("path");
const fs = require("fs");

const main = path.join(__dirname, "..", "build", "cli", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write("lkj: alat baris perintah belum dibangun. Jalankan: npm run build:cli\n");
  process.exit(2);
}
require(main)
  .run(process.argv.slice(2))
  .then((code) => process.exit(code));
