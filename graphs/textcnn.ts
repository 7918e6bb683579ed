// TextCNN (Kim, 2014) for ham vs spam on the SpamAssassin corpus:
//   word ids [N, T] → embedding 64 → parallel 1-D convolutions of widths 3, 4 and 5 (64 filters each,
//   ReLU) → max over time (padding masked) → concat 192 → dropout 0.5 → dense 2 (logits).
// T (words per message, padded/truncated) and V (vocabulary size, ids < V) are bindings, so
// `--data spam-assassin` builds its vocabulary and pads to match:
//   npx gradfuse train graphs/textcnn.ts --data spam-assassin --epochs 3 --batch 32 --optimizer adam --lr 0.001
import { defineGraph, nn, ops } from "gradfuse";

const { conv1d, dense, dropout, embedding, globalMaxOverTime, maskFromIds, softmax, softmaxCrossEntropy } = nn;
const { concat } = ops;

export default defineGraph("textcnn", { N: 32, T: 200, V: 20000 }, (g) => {
  const ids = g.input("x", ["N", "T"], "i32");
  const labels = g.input("labels", ["N"], "i32");
  const V = g.bindings.V!;
  const mask = maskFromIds(ids);
  const words = embedding(ids, V, 64, { name: "embed" });
  const features = [3, 4, 5].map((k) => {
    const h = conv1d(words, 64, k, { padding: "SAME", activation: "relu", name: `conv${k}` });
    return globalMaxOverTime(h, mask);
  });
  const h = dropout(concat(features, 1), 0.5, { name: "drop" });
  const logits = dense(h, 2, { name: "out" });
  g.output("logits", logits);
  g.output("probs", softmax(logits));
  g.loss(softmaxCrossEntropy(logits, labels));
});
