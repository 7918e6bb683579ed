#!/usr/bin/env node
// The gradfuse command: the compiler as plain JavaScript (dist/). A user's graph files are TypeScript;
// src/cli/load.ts loads them on their own, so nothing else goes through a TypeScript loader.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  // Answered before anything loads: the version is all that is asked.
  const { readFileSync } = await import("node:fs");
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  process.stdout.write(`${pkg.version}\n`);
} else {
  let cli;
  try {
    cli = await import("../dist/cli/main.js");
  } catch (e) {
    if (e?.code !== "ERR_MODULE_NOT_FOUND" || !String(e.message).includes("dist/cli/main.js")) throw e;
    process.stderr.write("gradfuse: dist/ is missing: run `npm run build` in the gradfuse checkout\n");
    process.exit(1);
  }
  process.exitCode = await cli.main(process.argv);
}
