// A small Transformer encoder for ham vs spam on the SpamAssassin corpus:
//   word ids [N, T] → embedding 64 + sinusoidal positions → 2 pre-norm encoder blocks (4 heads, feed-
//   forward 128, GELU, key padding mask) → layer norm → mean over the real positions → dense 2.
// T and V are bindings (see graphs/textcnn.ts):
//   npx gradfuse train graphs/transformer_text.ts --data spam-assassin --epochs 4 --batch 32 --optimizer adamw --lr 0.001
import { defineGraph, nn } from "gradfuse";

const { addSinusoidalPositions, dense, embedding, globalAvgOverTime, layerNorm, maskFromIds, softmax, softmaxCrossEntropy, transformerEncoderBlock } = nn;

export default defineGraph("transformer_text", { N: 32, T: 128, V: 10000 }, (g) => {
  const ids = g.input("x", ["N", "T"], "i32");
  const labels = g.input("labels", ["N"], "i32");
  const mask = maskFromIds(ids);
  let h = addSinusoidalPositions(embedding(ids, g.bindings.V!, 64, { name: "embed" }).mul(8)); // ×√d, as Vaswani et al.
  for (let i = 1; i <= 2; i++) h = transformerEncoderBlock(h, { heads: 4, ffDim: 128, dropout: 0.1, mask, name: `block${i}` });
  const pooled = globalAvgOverTime(layerNorm(h, { name: "final_norm" }), mask);
  const logits = dense(pooled, 2, { name: "out" });
  g.output("logits", logits);
  g.output("probs", softmax(logits));
  g.loss(softmaxCrossEntropy(logits, labels));
});
