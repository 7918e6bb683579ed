// Text to fixed-length id matrices: a character or word tokenizer, a vocabulary built on the training
// split only (so the test set never shapes it), reserved padding and out-of-vocabulary ids, and
// padding/truncation to one length — equal lengths make a batch one [N, T] matrix, which a compiled
// program with static shapes needs.
import type { Dataset } from "../batches.ts";

/** Id 0 pads a sequence to its fixed length (layers mask it with nn.maskFromIds). */
export const PAD_ID = 0;
/** Id 1 stands for every token the vocabulary does not hold. */
export const OOV_ID = 1;
export const PAD_TOKEN = "<pad>";
export const OOV_TOKEN = "<oov>";

export type TokenLevel = "char" | "word";

export interface TokenizeOptions {
  readonly level: TokenLevel;
  /** Default true. */
  readonly lowercase?: boolean;
}

/**
 * Words: maximal runs of letters, digits and apostrophes (Unicode-aware), everything else a
 * separator. Characters: every code point (whitespace runs collapse to one space).
 */
export function tokenize(text: string, opts: TokenizeOptions): string[] {
  const t = opts.lowercase === false ? text : text.toLowerCase();
  if (opts.level === "word") return t.match(/[\p{L}\p{N}']+/gu) ?? [];
  if (opts.level === "char") return [...t.replace(/\s+/g, " ")];
  throw new Error(`tokenize: level must be "char" or "word", got ${JSON.stringify(opts.level)}`);
}

export interface Vocabulary {
  /** Token of each id: tokens[0] = "<pad>", tokens[1] = "<oov>", then by descending frequency. */
  readonly tokens: readonly string[];
  readonly ids: ReadonlyMap<string, number>;
}

export interface VocabularyOptions {
  /** Total ids including <pad> and <oov> (default: every token seen). */
  readonly maxSize?: number;
  /** Keep tokens seen at least this often (default 1). */
  readonly minCount?: number;
}

/** Counts tokens over the training documents; ties in frequency are broken by the token's code points, so the result is deterministic. */
export function buildVocabulary(documents: readonly (readonly string[])[], opts: VocabularyOptions = {}): Vocabulary {
  const max = opts.maxSize ?? Infinity;
  if (!(max >= 3)) throw new Error(`buildVocabulary: maxSize must be at least 3 (pad, oov and one token), got ${max}`);
  const minCount = opts.minCount ?? 1;
  const counts = new Map<string, number>();
  for (const doc of documents) for (const tok of doc) counts.set(tok, (counts.get(tok) ?? 0) + 1);
  const ranked = [...counts].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const tokens = [PAD_TOKEN, OOV_TOKEN, ...ranked.slice(0, Math.max(0, max - 2)).map(([t]) => t)];
  return { tokens, ids: new Map(tokens.map((t, i) => [t, i])) };
}

export interface EncodeOptions {
  /** The fixed length T. */
  readonly length: number;
  /** Which end to cut when longer: "post" keeps the start (default), "pre" keeps the end. */
  readonly truncating?: "pre" | "post";
  /** Where padding goes when shorter: "post" (default, after the tokens) or "pre". */
  readonly padding?: "pre" | "post";
}

/** Token ids of one document, padded or truncated to `length` (Keras's pad_sequences conventions, post by default). */
export function encode(tokens: readonly string[], vocab: Vocabulary, opts: EncodeOptions): Int32Array {
  const { length } = opts;
  if (!Number.isInteger(length) || length < 1) throw new Error(`encode: length must be a positive integer, got ${length}`);
  const ids = tokens.map((t) => vocab.ids.get(t) ?? OOV_ID);
  const kept = ids.length <= length ? ids : opts.truncating === "pre" ? ids.slice(ids.length - length) : ids.slice(0, length);
  const out = new Int32Array(length); // PAD_ID = 0
  out.set(kept, opts.padding === "pre" ? length - kept.length : 0);
  return out;
}

export interface LabeledText {
  readonly text: string;
  readonly label: number;
}

export interface TextEncoding extends TokenizeOptions, EncodeOptions, VocabularyOptions {}

export interface EncodedSplit {
  readonly train: Dataset;
  readonly test: Dataset;
  readonly vocabulary: Vocabulary;
}

/** x i32 [N, T] and y i32 [N] from documents, with a given vocabulary. */
export function encodeDataset(examples: readonly LabeledText[], vocab: Vocabulary, opts: TextEncoding): Dataset {
  const T = opts.length;
  const x = new Int32Array(examples.length * T);
  examples.forEach((e, i) => x.set(encode(tokenize(e.text, opts), vocab, opts), i * T));
  return { x: { dtype: "i32", shape: [examples.length, T], data: x }, y: { dtype: "i32", shape: [examples.length], data: Int32Array.from(examples, (e) => e.label) } };
}

/** Builds the vocabulary on `train` only, then encodes both splits with it. */
export function encodeSplit(train: readonly LabeledText[], test: readonly LabeledText[], opts: TextEncoding): EncodedSplit {
  const vocabulary = buildVocabulary(train.map((e) => tokenize(e.text, opts)), opts);
  return { train: encodeDataset(train, vocabulary, opts), test: encodeDataset(test, vocabulary, opts), vocabulary };
}
