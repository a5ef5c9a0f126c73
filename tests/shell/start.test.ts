// `npm start` (scripts/start.js): the printed guide, and on Linux a real HTTPS dev server.
import { spawn, spawnSync, type ChildProcess } from "child_process";
import { request } from "https";
import { createServer } from "net";
import { join } from "path";
import { ROOT } from "./bundle";

const START = join(ROOT, "scripts", "start.js");

function dryRun(platform: string): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, [START], {
    cwd: ROOT,
    env: { ...process.env, LKJ_START_DRY_RUN: "1", LKJ_START_PLATFORM: platform },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout };
}

describe("npm start, dry run", () => {
  test("on Linux prints the Excel-on-the-web sideloading steps in Indonesian and exits 0", () => {
    const { status, stdout } = dryRun("linux");
    expect(status).toBe(0);
    expect(stdout).toContain("https://localhost:3000/");
    expect(stdout).toContain("Beranda → Add-in → Tambahkan add-in");
    expect(stdout).toContain("Unggah Add-in Saya (Upload My Add-in)");
    expect(stdout).toContain(join(ROOT, "manifest.xml"));
    expect(stdout).toContain("office-addin-dev-certs install");
    expect(stdout).toContain("sudo");
    expect(stdout).not.toContain("office-addin-debugging");
  });

  test.each(["win32", "darwin"])("on %s plans the office-addin-debugging sideload", (platform) => {
    const { status, stdout } = dryRun(platform);
    expect(status).toBe(0);
    expect(stdout).toContain("office-addin-debugging");
    expect(stdout).toContain(platform === "win32" ? "Windows" : "macOS");
    expect(stdout).not.toContain("Unggah Add-in Saya");
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "localhost", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // The dev certificate is self-signed unless office-addin-dev-certs was installed.
    const req = request(url, { rejectUnauthorized: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("npm start on Linux", () => {
  let child: ChildProcess | undefined;

  afterAll(() => {
    // The server runs in its own process group: end start.js and webpack serve together.
    if (child?.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  });

  test("serves the add-in over HTTPS and prints the guide", async () => {
    const port = await freePort();
    child = spawn(process.execPath, [START], {
      cwd: ROOT,
      env: { ...process.env, LKJ_START_PLATFORM: "linux", LKJ_PORT: String(port) },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const guide = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no guide printed:\n${output}`)), 90000);
      child?.stdout?.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("Hentikan server dengan Ctrl+C")) {
          clearTimeout(timer);
          resolve(output);
        }
      });
      child?.on("exit", (code) => reject(new Error(`start.js exited (${code}):\n${output}`)));
    });
    expect(guide).toContain(`https://localhost:${port}/`);
    expect(guide).toContain("Unggah Add-in Saya");

    const page = await get(`https://localhost:${port}/taskpane.html`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="root">');
    expect(page.body).toContain("taskpane.js");
    const metadata = await get(`https://localhost:${port}/functions.json`);
    expect(metadata.status).toBe(200);
    expect(JSON.parse(metadata.body).functions.length).toBeGreaterThan(0);
    const manifest = await get(`https://localhost:${port}/manifest.xml`);
    expect(manifest.body).toContain("https://localhost:3000/taskpane.html");
  });
});
