// `--data spam-assassin` and `--data names`: the text corpora of src/data/text, shaped by the graph.
// A text graph declares its token ids as g.input("x", ["N", "T"], "i32") and its embedding over "V"
// ids, so the sequence length and vocabulary size come from the graph's bindings.
import type { Dataset } from "../data/batches.ts";
import type { TextCorpus } from "../data/text/index.ts";
import { textSplit } from "../data/text/index.ts";
import { CliError } from "./load.ts";
import { userInput } from "./train.ts";

export function loadTextData(corpus: TextCorpus, bindings: Readonly<Record<string, number>>, seed: number): { train: Dataset; test: Dataset } {
  const { T, V } = bindings;
  if (!Number.isInteger(T) || !Number.isInteger(V)) {
    throw new CliError(
      `--data ${corpus} takes the sequence length and vocabulary size from the graph's bindings T and V, but this graph has ` +
        `${JSON.stringify(bindings)}; declare them, e.g. defineGraph(name, { N: 32, T: 200, V: 20000 }, …) with g.input("x", ["N", "T"], "i32")`,
    );
  }
  const split = userInput(`--data ${corpus}`, () => textSplit(corpus, { length: T!, vocab: V!, seed }));
  const perLabel = split.counts.test;
  const majority = Math.max(...perLabel) / perLabel.reduce((a, b) => a + b, 0);
  process.stderr.write(
    `${corpus}: ${split.train.x.shape[0]} train / ${split.test.x.shape[0]} test examples (seed ${seed}), vocabulary ${split.vocabulary.tokens.length} of V = ${V}, ` +
      `length T = ${T}; majority class ${(100 * majority).toFixed(1)}% of the test split\n`,
  );
  return split;
}
