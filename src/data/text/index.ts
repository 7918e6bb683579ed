// Text corpora as train/test datasets of token ids: x i32 [N, T], y i32 [N].
import type { Dataset } from "../batches.ts";
import { firstNames, spamAssassin, splitLabeled } from "./corpora.ts";
import type { LabeledText, TextEncoding, Vocabulary } from "./tokenize.ts";
import { encodeSplit } from "./tokenize.ts";

export * from "./tokenize.ts";
export * from "./corpora.ts";

export const TEXT_CORPORA = ["spam-assassin", "names"] as const;
export type TextCorpus = (typeof TEXT_CORPORA)[number];

export function isTextCorpus(name: string): name is TextCorpus {
  return (TEXT_CORPORA as readonly string[]).includes(name);
}

export interface TextSplitOptions {
  /** Sequence length T (tokens per example, padded/truncated). */
  readonly length: number;
  /** Vocabulary size V including <pad> and <oov>; ids are < V. */
  readonly vocab: number;
  readonly seed: number;
  /** Default 0.2. */
  readonly testFraction?: number;
}

/** How each corpus is tokenized: spam by words (Subject + body), names by characters. */
const ENCODING: Record<TextCorpus, Omit<TextEncoding, "length" | "maxSize">> = {
  "spam-assassin": { level: "word" },
  names: { level: "char" },
};

const LOADERS: Record<TextCorpus, () => LabeledText[]> = { "spam-assassin": spamAssassin, names: () => firstNames() };

export interface TextSplit {
  readonly train: Dataset;
  readonly test: Dataset;
  readonly vocabulary: Vocabulary;
  /** Examples per label in each split (for the majority-class baseline). */
  readonly counts: { readonly train: number[]; readonly test: number[] };
}

/** A seeded stratified split of a corpus, encoded with a vocabulary of the training split. */
export function textSplit(corpus: TextCorpus, opts: TextSplitOptions): TextSplit {
  const { train, test } = splitLabeled(LOADERS[corpus](), opts.testFraction ?? 0.2, opts.seed);
  const encoded = encodeSplit(train, test, { ...ENCODING[corpus], length: opts.length, maxSize: opts.vocab });
  const count = (list: readonly LabeledText[]) => [0, 1].map((l) => list.filter((e) => e.label === l).length);
  return { ...encoded, counts: { train: count(train), test: count(test) } };
}
