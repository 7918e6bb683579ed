// Runs one of the checkout's TypeScript tools (`node tools/run.mjs tools/demo.ts [args]`) with plain
// node, the way gradfuse loads a user's graph file (src/cli/load.ts): the file is bundled, while
// "gradfuse" stays the built package (dist/), so binaryen never goes through a TypeScript loader.
// The tool must import gradfuse by name only.
import { importBundled } from "../dist/cli/load.js";

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: node tools/run.mjs <tool.ts> [args...]\n");
  process.exit(2);
}
process.argv = [process.argv[0], file, ...args];
await importBundled(new URL(file, `file://${process.cwd()}/`).pathname, file);
