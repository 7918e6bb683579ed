// An LSTM text classifier for ham vs spam on the SpamAssassin corpus:
//   word ids [N, T] → embedding 32 → LSTM 32 (unrolled over T steps, padding masked) → last state →
//   dense 2 (logits).
// T and V are bindings (see graphs/textcnn.ts):
//   npx gradfuse train graphs/lstm_text.ts --data spam-assassin --epochs 4 --batch 32 --optimizer adam --lr 0.005
import { defineGraph, nn } from "gradfuse";

const { dense, embedding, lstm, maskFromIds, softmax, softmaxCrossEntropy } = nn;

export default defineGraph("lstm_text", { N: 32, T: 64, V: 10000 }, (g) => {
  const ids = g.input("x", ["N", "T"], "i32");
  const labels = g.input("labels", ["N"], "i32");
  const words = embedding(ids, g.bindings.V!, 32, { name: "embed" });
  const h = lstm(words, 32, { mask: maskFromIds(ids), name: "lstm" });
  const logits = dense(h, 2, { name: "out" });
  g.output("logits", logits);
  g.output("probs", softmax(logits));
  g.loss(softmaxCrossEntropy(logits, labels));
});
