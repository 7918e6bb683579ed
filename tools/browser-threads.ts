/**
 * Runs a threaded program in headless Chromium: Web Workers over a shared WebAssembly.Memory, on a
 * page served cross-origin isolated (COOP/COEP), then the same page without those headers, where
 * SharedArrayBuffer is missing and the program must fall back to one thread (and say so). Each page
 * runs the program on 1 and 2 threads and reports whether the bits agree.
 *
 *   npx tsx tools/browser-threads.ts            (needs `chromium` on the PATH: apt-get install chromium)
 *
 * Prints one line per page and exits non-zero when a page does not report what it should.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { emitWasmVariants } from "../src/codegen/wasm/compile.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { planProgram } from "../src/passes/lower.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const PAGE_SCRIPT = `
import { loadWasmProgram } from ${JSON.stringify(path.join(ROOT, "src/runtime/wasm.ts"))};
const report = (text) => { document.body.textContent = text; };
const warnings = [];
const warn = console.warn;
console.warn = (...a) => { warnings.push(a.join(" ")); warn(...a); };
try {
  const get = async (f) => new Uint8Array(await (await fetch(f)).arrayBuffer());
  const manifest = await (await fetch("manifest.json")).json();
  const memoryBytes = Number(await (await fetch("memory.txt")).text());
  const binaries = { plain: await get("plain.wasm"), threaded: { plain: await get("threads.wasm"), memoryBytes } };
  const feeds = { a: Float32Array.from({ length: 160 * 160 }, (_, i) => Math.sin(i)), b: Float32Array.from({ length: 160 * 160 }, (_, i) => Math.cos(i)) };
  const one = loadWasmProgram(manifest, binaries, { threads: 1 });
  const two = loadWasmProgram(manifest, binaries, { threads: 2 });
  await two.ready();
  const y1 = one.run("mm", feeds).y.data;
  let same = true;
  for (let r = 0; r < 20; r++) {
    const y2 = two.run("mm", feeds).y.data;
    for (let i = 0; i < y1.length; i++) if (Object.is(y1[i], y2[i]) === false) same = false;
  }
  two.dispose();
  report("RESULT threads=" + two.threads + " sameBits=" + same + " sab=" + (typeof SharedArrayBuffer) + " warnings=" + JSON.stringify(warnings));
} catch (e) {
  report("RESULT error=" + (e && e.stack || e));
}
`;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-browser-"));
  const g = defineGraph("mm", {}, (b) => b.output("y", b.input("a", [160, 160]).matmul(b.input("b", [160, 160])).maximum(0))).build();
  const emitted = emitWasmVariants(planProgram({ mm: g }), { name: "mm", threaded: true });
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(emitted.plain.manifest));
  fs.writeFileSync(path.join(dir, "plain.wasm"), emitted.plain.binary);
  fs.writeFileSync(path.join(dir, "threads.wasm"), emitted.threaded!.plain.binary);
  fs.writeFileSync(path.join(dir, "memory.txt"), String(emitted.threaded!.plain.memoryBytes));
  fs.writeFileSync(path.join(dir, "entry.mjs"), PAGE_SCRIPT);
  await build({ entryPoints: [path.join(dir, "entry.mjs")], bundle: true, format: "esm", outfile: path.join(dir, "page.js"), platform: "browser", logLevel: "error" });
  fs.writeFileSync(path.join(dir, "index.html"), `<!doctype html><html><body>running</body><script type="module" src="page.js"></script></html>`);

  const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".wasm": "application/wasm", ".txt": "text/plain" };
  const serve = (isolated: boolean) =>
    new Promise<http.Server>((resolve) => {
      const server = http.createServer((req, res) => {
        const file = path.join(dir, path.basename(new URL(req.url ?? "/", "http://x").pathname) || "index.html");
        if (!fs.existsSync(file)) return void res.writeHead(404).end();
        const headers: Record<string, string> = { "content-type": types[path.extname(file)] ?? "application/octet-stream" };
        if (isolated) Object.assign(headers, { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" });
        res.writeHead(200, headers).end(fs.readFileSync(file));
      });
      server.listen(0, "127.0.0.1", () => resolve(server));
    });

  let failed = false;
  for (const isolated of [true, false]) {
    const server = await serve(isolated);
    const { port } = server.address() as { port: number };
    // Chromium runs asynchronously: this process serves the page meanwhile.
    const r = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn("chromium", ["--headless=new", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000", "--enable-logging=stderr", "--dump-dom", `http://127.0.0.1:${port}/index.html`]);
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c) => (stdout += String(c)));
      child.stderr.on("data", (c) => (stderr += String(c)));
      const timer = setTimeout(() => child.kill("SIGKILL"), 90_000);
      child.on("close", (status) => {
        clearTimeout(timer);
        resolve({ status, stdout, stderr });
      });
    });
    server.close();
    const line = /RESULT[^<]*/.exec(r.stdout ?? "")?.[0] ?? `no result (exit ${r.status}): ${(r.stdout ?? "").slice(-300)} ${(r.stderr ?? "").split("\n").filter((l) => /CONSOLE|Uncaught|rror/.test(l) && !/dbus|bus/.test(l)).join(" | ").slice(-1500)}`;
    const want = isolated ? /threads=2 sameBits=true sab=function/ : /threads=1 sameBits=true sab=undefined warnings=\["gradfuse: mm: running on 1 thread instead of 2: SharedArrayBuffer/;
    const good = want.test(line.replace(/&quot;/g, '"'));
    failed ||= !good;
    console.log(`${isolated ? "cross-origin isolated" : "not isolated         "}: ${good ? "ok " : "BAD"} ${line.replace(/&quot;/g, '"')}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  process.exitCode = failed ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
