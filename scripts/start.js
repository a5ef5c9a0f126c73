#!/usr/bin/env node
// `npm start`.
//   Windows/macOS: build, then office-addin-debugging starts the HTTPS dev server and sideloads
//                  manifest.xml into Excel (as the Office add-in templates do).
//   Linux (and others): office-addin-debugging cannot sideload there, so the HTTPS dev server is
//                  started on https://localhost:3000 and the steps to sideload into Excel on the
//                  web are printed, in Indonesian.
// LKJ_START_DRY_RUN=1 prints what would happen and exits (used by the tests);
// LKJ_START_PLATFORM overrides process.platform for that purpose.
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
// LKJ_PORT moves the server off 3000 (tests); the manifest and Office expect 3000.
const PORT = Number(process.env.LKJ_PORT || 3000);
const BASE = `https://localhost:${PORT}/`;
const WEBPACK = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
const DEBUGGING = path.join(ROOT, "node_modules", "office-addin-debugging", "cli.js");
const DEV_CERTS = path.join(ROOT, "node_modules", "office-addin-dev-certs", "cli.js");
const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

function certificatesPresent() {
  return ["ca.crt", "localhost.crt", "localhost.key"].every((f) =>
    fs.existsSync(path.join(CERT_DIR, f))
  );
}

/** The Excel-on-the-web sideloading guide printed on Linux. */
function linuxInstructions() {
  const cert = certificatesPresent()
    ? `Sertifikat pengembang ditemukan di ${CERT_DIR} dan dipakai server ini.`
    : "Sertifikat pengembang belum ada: server memakai sertifikat buatan sendiri (self-signed).";
  return [
    "",
    `Server pengembangan LKj: ${BASE} (taskpane.html, functions.json, manifest.xml)`,
    "Di Linux, Excel desktop tidak tersedia; pasang add-in di Excel untuk web:",
    "",
    "  1. Pastikan peramban memercayai sertifikat HTTPS localhost (lihat di bawah), lalu buka",
    `     ${BASE}taskpane.html sekali: halaman harus tampil tanpa peringatan keamanan.`,
    "  2. Buka Excel untuk web (https://www.office.com, lalu Excel) dan buka atau buat buku kerja.",
    "  3. Pilih Beranda → Add-in → Tambahkan add-in",
    "     (versi Inggris: Home → Add-ins → More Add-ins).",
    "  4. Di jendela Add-in Office pilih tab Add-in Saya (My Add-ins), lalu",
    "     Unggah Add-in Saya (Upload My Add-in).",
    `  5. Pilih berkas ${MANIFEST}, lalu klik Unggah (Upload).`,
    '  6. Tab "LKj" muncul di pita: klik Buka Panel. Fungsi seperti =LKJ.CAPAIAN(8;9;"Turun")',
    "     langsung dapat dipakai di sel.",
    "",
    "Sertifikat: Excel untuk web hanya memuat add-in dari HTTPS yang dipercaya peramban.",
    `  ${cert}`,
    "  - Cara tetap: jalankan  npx office-addin-dev-certs install  (memerlukan sudo di Linux,",
    "    memasang CA ke penyimpanan sistem), lalu jalankan ulang npm start. Chrome/Chromium di",
    "    Linux memakai penyimpanan sendiri: impor juga ~/.office-addin-dev-certs/ca.crt lewat",
    "    Setelan → Privasi dan keamanan → Keamanan → Kelola sertifikat → Otoritas → Impor.",
    `  - Cara cepat (sampai peramban ditutup): buka ${BASE}taskpane.html, pilih Lanjutan →`,
    "    Lanjutkan ke localhost (tidak aman).",
    "",
    "Hentikan server dengan Ctrl+C.",
    "",
  ].join("\n");
}

function desktopPlan(platform) {
  const app = platform === "darwin" ? "macOS" : "Windows";
  return [
    "",
    `Excel di ${app}: membangun add-in, lalu office-addin-debugging menjalankan server HTTPS`,
    `${BASE} dan memasang (sideload) ${MANIFEST} ke Excel.`,
    certificatesPresent()
      ? `Sertifikat pengembang: ${CERT_DIR}`
      : "Sertifikat pengembang belum ada: dipasang dulu dengan office-addin-dev-certs install.",
    "Menghentikan: tutup Excel, lalu jalankan  npx office-addin-debugging stop manifest.xml",
    "",
  ].join("\n");
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  return result.status === 0;
}

function startDesktop() {
  if (!certificatesPresent()) {
    console.log("Memasang sertifikat pengembang (office-addin-dev-certs install)…");
    if (!run(process.execPath, [DEV_CERTS, "install"])) {
      console.error("Sertifikat pengembang gagal dipasang; npm start dihentikan.");
      return 1;
    }
  }
  if (!run(process.execPath, [WEBPACK, "--mode", "development"])) {
    console.error("Build gagal; perbaiki galat di atas lalu jalankan npm start lagi.");
    return 1;
  }
  const devServer = `node "${WEBPACK}" serve --mode development`;
  const ok = run(process.execPath, [
    DEBUGGING,
    "start",
    MANIFEST,
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    devServer,
    "--dev-server-port",
    String(PORT),
  ]);
  return ok ? 0 : 1;
}

function startLinux() {
  const server = spawn(process.execPath, [WEBPACK, "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: ["inherit", "pipe", "inherit"],
  });
  let announced = false;
  let recent = "";
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (announced) return;
    // Print the guide once, after webpack's first compile (with or without warnings), so it
    // is not buried under the build log. Colour codes may sit between the two words.
    recent = (recent + chunk.toString()).slice(-500);
    if (/compiled[^\n]{0,16}(successfully|with)/.test(recent)) {
      announced = true;
      console.log(linuxInstructions());
    }
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code, signal) => {
    if (code && code !== 0) {
      console.error(
        `Server pengembangan berhenti (kode ${code}). Bila port ${PORT} sudah dipakai, ` +
          "hentikan proses lain di port itu lalu jalankan npm start lagi."
      );
    }
    process.exit(signal ? 0 : (code ?? 0));
  });
  server.on("error", (error) => {
    console.error(`Server pengembangan tidak dapat dijalankan: ${error.message}`);
    process.exit(1);
  });
}

function main() {
  const platform = process.env.LKJ_START_PLATFORM || process.platform;
  const desktop = platform === "win32" || platform === "darwin";
  if (process.env.LKJ_START_DRY_RUN === "1") {
    console.log(desktop ? desktopPlan(platform) : linuxInstructions());
    console.log("(LKJ_START_DRY_RUN=1: tidak ada yang dijalankan.)");
    return;
  }
  if (desktop) {
    console.log(desktopPlan(platform));
    process.exitCode = startDesktop();
  } else {
    startLinux();
  }
}

main();
