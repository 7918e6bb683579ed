// Names in generated code. Users name graphs and entries with any string ("a-b", "2layer", "class",
// "__proto__"); the generated TypeScript and WebAssembly need distinct, valid identifiers for them, and
// object literals must not treat "__proto__" as the prototype.
const RESERVED = new Set(
  ("break case catch class const continue debugger default delete do else enum export extends false finally for function if " +
    "import in instanceof new null return super switch this throw true try typeof var void while with yield let static " +
    "implements interface package private protected public await arguments eval undefined NaN Infinity")
    .split(" "),
);

/** A valid identifier that keeps the readable part of `s`: "a-b" → "a_b", "2layer" → "_2layer", "class" → "class_". */
export function identifierFor(s: string): string {
  let id = s.replace(/[^A-Za-z0-9_$]/g, "_");
  if (id === "" || /^[0-9]/.test(id)) id = `_${id}`;
  if (RESERVED.has(id) || id === "__proto__") id = `${id}_`;
  return id;
}

/** Distinct identifiers for distinct names, in order: "a-b", "a_b" → "a_b", "a_b_2". `taken` are reserved too. */
export function distinctIdentifiers(names: readonly string[], taken: Iterable<string> = []): Map<string, string> {
  const used = new Set(taken);
  const out = new Map<string, string>();
  for (const name of names) {
    if (out.has(name)) continue;
    const base = identifierFor(name);
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
    used.add(id);
    out.set(name, id);
  }
  return out;
}

/** `value` as a JavaScript literal: JSON, with "__proto__" keys written as computed keys (own properties). */
export function literalOf(value: unknown): string {
  return JSON.stringify(value).replace(/([{,])"__proto__":/g, '$1["__proto__"]:');
}

/** An object literal's key for `name` (a computed key for "__proto__", which would set the prototype). */
export function propertyKey(name: string): string {
  return name === "__proto__" ? '["__proto__"]' : JSON.stringify(name);
}

/** `s` made safe inside a // or /* comment: line breaks become spaces, and "*\/" cannot close the comment. */
export function commentSafe(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]/g, " ").replace(/\*\//g, "*\\/");
}

/** A file name stem for a program named `name`: no path separators or dot-files ("../x" → "_.._x"). */
export function fileStemFor(name: string): string {
  const stem = name.replace(/[^A-Za-z0-9_.-]/g, "_");
  return stem === "" || stem.startsWith(".") ? `_${stem}` : stem;
}

/**
 * Whether an entry's kernel functions are named `<entry>_<kernel>`: when the program has several user
 * entries, and always for a prepare entry (src/passes/hoist.ts), so one user entry with its prepare
 * keeps its kernels' plain names.
 */
export function prefixesKernels(program: { readonly entries: readonly { readonly entry: string }[]; readonly prepares?: Readonly<Record<string, string>> }, entry: string): boolean {
  const prepares = new Set(Object.values(program.prepares ?? {}));
  return prepares.has(entry) || program.entries.filter((p) => !prepares.has(p.entry)).length > 1;
}
