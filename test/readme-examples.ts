// The README's runnable examples. A fenced code block is an example when the line before it is
//   <!-- example: <file> [run] [expect: <text> | <text> …] -->
// `file` is written into the test project as it is; `run` examples are run there (a .ts file with
// `gradfuse exec`, a .mjs/.js file with node), and their output must contain every `expect` text.
export interface ReadmeExample {
  readonly file: string;
  readonly code: string;
  readonly run: boolean;
  readonly expect: readonly string[];
}

const EXAMPLE = /<!--\s*example:\s*(\S+)(\s+run)?(?:\s+expect:\s*(.*?))?\s*-->\s*\n```[a-z]*\n([\s\S]*?)\n```/g;

export function extractReadmeExamples(readme: string): ReadmeExample[] {
  return [...readme.matchAll(EXAMPLE)].map((m) => ({
    file: m[1]!,
    run: m[2] !== undefined,
    expect: (m[3] ?? "").split("|").map((s) => s.trim()).filter((s) => s !== ""),
    code: m[4]! + "\n",
  }));
}
