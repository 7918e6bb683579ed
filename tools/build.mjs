// `npm run build` (also run by `npm install` in the checkout, before `npm pack`, and before `npm test`):
// src/ → dist/, JavaScript and .d.ts files, with tsc (tsconfig.build.json), the data files modules
// read at run time (onnx.proto), plus the CommonJS door
// that tells a `require("gradfuse")` to use `import`. Plain JavaScript, so it runs before anything
// is built.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");

fs.rmSync(dist, { recursive: true, force: true });
try {
  execFileSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit", cwd: root });
} catch {
  process.stderr.write("gradfuse build: tsc failed (the errors are above)\n");
  process.exit(1);
}
// Files the modules read at run time, beside them as in src/ (src/onnx/onnx.proto).
for (const file of fs.readdirSync(path.join(root, "src"), { recursive: true, encoding: "utf8" })) {
  if (/\.(proto)$/.test(file)) fs.copyFileSync(path.join(root, "src", file), path.join(dist, file));
}
fs.writeFileSync(
  path.join(dist, "require.cjs"),
  `// gradfuse is an ES module: require() cannot load it on Node 20.
throw new Error('gradfuse is an ES module and cannot be require()d: use \`import { compile } from "gradfuse"\` (or \`const gradfuse = await import("gradfuse")\` in CommonJS)');
`,
);
