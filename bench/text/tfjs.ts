/**
 * TensorFlow.js's side of `npm run bench:text` (WASM backend, SIMD, one thread):
 * `npx tsx bench/text/tfjs.ts --workload lstm.train`.
 *   lstm.train: Keras-style layers (tf.layers.embedding, tf.layers.lstm, tf.layers.dense) with the
 *     shared initial weights (setWeights; Keras's layout is gradfuse's), trained by
 *     tf.train.sgd(0.01).minimize on tf.losses.softmaxCrossEntropy of the logits.
 *   transformer.train: TF.js has no attention layer, so the encoder block is written with tf ops
 *     (matMul, softmax, moments for layer norm) over tf.variables named as gradfuse names them.
 * Each repetition reads the loss back (dataSync) inside tf.tidy.
 */
import * as tf from "@tensorflow/tfjs";
import { setThreadsCount } from "@tensorflow/tfjs-backend-wasm";
import { errorMessage, timeIt } from "../peers/common.ts";
import { textArgs } from "./args.ts";
import type { TextMeasurement, TextWorkloadId } from "./workloads.ts";
import { CLASSES, LEARNING_RATE, LSTM, N, T, TRANSFORMER, V, frozenEmbedding, initialValue, labels, modelOf, paramShapes, tokenIds } from "./workloads.ts";

type Step = () => tf.Scalar;

function lstmStep(frozen: boolean): { step: Step; vars?: tf.Variable[] } {
  const shapes = paramShapes("lstm.train");
  const w = (name: string) => tf.tensor(initialValue(name, shapes[name]!), shapes[name]!);
  const input = tf.input({ shape: [T], dtype: "int32" });
  const embed = tf.layers.embedding({ inputDim: V, outputDim: LSTM.E });
  const rnn = tf.layers.lstm({ units: LSTM.H, unitForgetBias: false });
  const out = tf.layers.dense({ units: CLASSES });
  const model = tf.model({ inputs: input, outputs: out.apply(rnn.apply(embed.apply(input))) as tf.SymbolicTensor });
  embed.setWeights([w("embed/embeddings")]);
  embed.trainable = !frozen;
  rnn.setWeights([w("lstm/kernel"), w("lstm/recurrent_kernel"), w("lstm/bias")]);
  out.setWeights([w("out/kernel"), w("out/bias")]);
  const x = tf.tensor2d(tokenIds(), [N, T], "int32");
  const y = tf.oneHot(tf.tensor1d(labels(), "int32"), CLASSES);
  // minimize() without a variable list trains every trainable variable: the layers' weights.
  return { step: () => tf.losses.softmaxCrossEntropy(y, model.apply(x) as tf.Tensor) as tf.Scalar };
}

let variableSet = 0;
function transformerStep(frozen: boolean): { step: Step; vars?: tf.Variable[] } {
  const tag = variableSet++;
  const shapes = paramShapes("transformer.train");
  const p: Record<string, tf.Variable> = {};
  for (const [name, shape] of Object.entries(shapes)) {
    const trainable = !(frozen && name === "embed/embeddings");
    p[name] = tf.variable(tf.tensor(initialValue(name, shape), shape), trainable, `t${tag}_${name.replace(/\//g, "_")}`);
  }
  const { d, heads } = TRANSFORMER;
  const dk = d / heads;
  const positions = (() => {
    const v = new Float32Array(T * d);
    for (let t = 0; t < T; t++) for (let j = 0; j < d; j++) {
      const a = t / Math.pow(10000, (2 * Math.floor(j / 2)) / d);
      v[t * d + j] = j % 2 === 0 ? Math.sin(a) : Math.cos(a);
    }
    return tf.tensor2d(v, [T, d]);
  })();
  const dense = (x: tf.Tensor, name: string) => {
    const cols = p[`${name}/kernel`]!.shape[1]!;
    return tf.add(tf.matMul(tf.reshape(x, [-1, x.shape[x.rank - 1]!]), p[`${name}/kernel`]!), p[`${name}/bias`]!).reshape([...x.shape.slice(0, -1), cols]);
  };
  const layerNorm = (x: tf.Tensor, name: string) => {
    const { mean, variance } = tf.moments(x, -1, true);
    return tf.add(tf.mul(tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, 1e-5))), p[`${name}/gamma`]!), p[`${name}/beta`]!);
  };
  const split = (x: tf.Tensor) => tf.transpose(tf.reshape(x, [N, T, heads, dk]), [0, 2, 1, 3]);
  const ids = tf.tensor2d(tokenIds(), [N, T], "int32");
  const y = tf.oneHot(tf.tensor1d(labels(), "int32"), CLASSES);
  const step: Step = () => {
    const x = tf.add(tf.gather(p["embed/embeddings"]!, ids), positions);
    const a = layerNorm(x, "block/norm1");
    const [q, k, v] = ["query", "key", "value"].map((n) => split(dense(a, `block/attention/${n}`)));
    const weights = tf.softmax(tf.mul(tf.matMul(q!, k!, false, true), 1 / Math.sqrt(dk)));
    const attended = tf.reshape(tf.transpose(tf.matMul(weights, v!), [0, 2, 1, 3]), [N, T, d]);
    const h = tf.add(x, dense(attended, "block/attention/output"));
    const f = dense(tf.relu(dense(layerNorm(h, "block/norm2"), "block/ff1")), "block/ff2");
    const logits = dense(tf.mean(tf.add(h, f), 1), "out");
    return tf.losses.softmaxCrossEntropy(y, logits) as tf.Scalar;
  };
  return { step, vars: Object.values(p).filter((v) => v.trainable) };
}

async function measure(w: TextWorkloadId, args: ReturnType<typeof textArgs>): Promise<TextMeasurement> {
  const { step, vars } = modelOf(w) === "lstm" ? lstmStep(frozenEmbedding(w)) : transformerStep(frozenEmbedding(w));
  const optimizer = tf.train.sgd(LEARNING_RATE);
  const once = () => tf.tidy(() => (optimizer.minimize(step, true, vars) as tf.Scalar).dataSync()[0]!);
  const firstLoss = once();
  const timed = await timeIt(once, args);
  return { system: "tfjs-wasm", workload: w, samplesMs: timed.samplesMs, firstLoss, info: { tfjs: tf.version.tfjs } };
}

setThreadsCount(1);
await tf.setBackend("wasm");
await tf.ready();
const args = textArgs();
for (const w of args.workloads) {
  let m: TextMeasurement;
  try {
    m = await measure(w, args);
  } catch (e) {
    m = { system: "tfjs-wasm", workload: w, error: errorMessage(e) };
  }
  process.stdout.write(JSON.stringify(m) + "\n");
}
