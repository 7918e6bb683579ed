// A character-level GRU that tells female from male English first names:
//   character ids [N, T] → embedding 16 → bidirectional GRU 48 (padding masked) → concat 96 →
//   dense 2 (logits). Names are lowercase and at most 15 letters; T = 16, V = 40 ids cover them.
//   npx gradfuse train graphs/char_rnn_names.ts --data names --epochs 10 --batch 64 --optimizer adam --lr 0.005
import { defineGraph, nn } from "gradfuse";

const { dense, embedding, gru, maskFromIds, softmax, softmaxCrossEntropy } = nn;

export default defineGraph("char_rnn_names", { N: 64, T: 16, V: 40 }, (g) => {
  const ids = g.input("x", ["N", "T"], "i32");
  const labels = g.input("labels", ["N"], "i32");
  const chars = embedding(ids, g.bindings.V!, 16, { name: "embed" });
  const h = gru(chars, 48, { mask: maskFromIds(ids), bidirectional: true, name: "gru" });
  const logits = dense(h, 2, { name: "out" });
  g.output("logits", logits);
  g.output("probs", softmax(logits));
  g.loss(softmaxCrossEntropy(logits, labels));
});
