// generated/ is committed compiler output: when the compiler's output changes, this test fails until
// `npm run gen` is run and the diff is read and committed with the change.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { generateAll, GENERATED_DIR } from "../tools/gen.ts";

describe("generated/ matches the compiler's current output", async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-gen-"));
  const written = await generateAll(tmp);
  it.each(written.map((f) => path.relative(tmp, f)))("%s", (rel) => {
    const committed = path.join(GENERATED_DIR, rel);
    expect(fs.existsSync(committed), `${committed} is missing: run npm run gen`).toBe(true);
    const now = fs.readFileSync(path.join(tmp, rel));
    const before = fs.readFileSync(committed);
    expect(now.equals(before), `${committed} differs from the compiler's output: run npm run gen and read the diff`).toBe(true);
  });
});
