// A generated WebAssembly program, bundled for the browser with esbuild, runs in headless Chromium
// (Debian's `chromium`, driven by playwright-core) and gives the same outputs as in Node. The page
// and the .wasm are served from 127.0.0.1, so the loader's fetch of the .wasm beside it is real.
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import * as esbuild from "esbuild";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { compile } from "../src/compile.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { conv2d, dense, flatten, softmax } from "../src/nn/index.ts";

const CHROMIUM = process.env.GRADFUSE_CHROMIUM ?? "/usr/bin/chromium";
const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium) {
  const why = `browser test: no Chromium at ${CHROMIUM} (apt-get install chromium, or set GRADFUSE_CHROMIUM)`;
  if (process.env.CI) throw new Error(`${why}; CI must install it (.ci/run does)`);
  process.stderr.write(`SKIPPED ${why}\n`);
}

const RUNTIME = path.resolve("dist", "runtime", "index.js");

const def = defineGraph("webnet", { N: 2 }, (g) => {
  const x = g.input("x", ["N", 6, 6, 2]);
  let h = conv2d(x, 3, 3, { padding: "SAME", activation: "relu", name: "conv" });
  h = flatten(h);
  g.output("probs", softmax(dense(h, 4, { name: "fc" })));
});

const servers: http.Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

function serve(dir: string): Promise<string> {
  const types: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
  const server = http.createServer((req, res) => {
    const file = path.join(dir, path.normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" }).end(fs.readFileSync(file));
  });
  servers.push(server);
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)));
}

describe.skipIf(!haveChromium)("a generated program in headless Chromium", () => {
  it("bundled with esbuild, loads its .wasm by fetch and gives Node's outputs", async () => {
    expect(fs.existsSync(RUNTIME), `${RUNTIME} is missing: run npm run build`).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-browser-"));
    const program = await compile(def.build(), { outDir: path.join(dir, "program") });
    program.initParams(3);
    const x = Float32Array.from({ length: 2 * 6 * 6 * 2 }, (_, i) => Math.cos(i * 0.7));
    const inNode = Array.from(program.run("webnet", { x }).probs!.data);
    const params = Object.fromEntries(Object.entries(program.getParams()).map(([k, t]) => [k, Array.from(t.data)]));

    fs.writeFileSync(
      path.join(dir, "main.js"),
      `import { load } from "./program/webnet.js";
const program = await load();
program.setParams(Object.fromEntries(Object.entries(${JSON.stringify(params)}).map(([k, v]) => [k, Float32Array.from(v)])));
const x = Float32Array.from({ length: ${x.length} }, (_, i) => Math.cos(i * 0.7));
window.result = { probs: Array.from(program.run("webnet", { x }).probs.data), variant: program.variant };
`,
    );
    // The bundle sits beside the program's .wasm, as a web app would ship it: import.meta.url is its URL.
    await esbuild.build({
      entryPoints: [path.join(dir, "main.js")],
      outfile: path.join(dir, "program", "bundle.js"),
      bundle: true,
      format: "esm",
      platform: "browser",
      alias: { "gradfuse/runtime": RUNTIME },
      logLevel: "silent",
    });
    fs.writeFileSync(path.join(dir, "program", "index.html"), `<!doctype html><script type="module" src="bundle.js"></script>`);
    const url = await serve(dir);

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${url}program/index.html`);
      await page.waitForFunction(() => (window as { result?: unknown }).result !== undefined || document.title === "failed", undefined, { timeout: 30_000 }).catch(() => undefined);
      expect(errors).toEqual([]);
      const inBrowser = (await page.evaluate(() => (window as unknown as { result: { probs: number[]; variant: string } }).result))!;
      expect(inBrowser.variant).toBe("simd");
      expect(inBrowser.probs).toEqual(inNode);
    } finally {
      await browser.close();
    }
  });
});
