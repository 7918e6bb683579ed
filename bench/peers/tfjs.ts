/**
 * TensorFlow.js peer: `npx tsx bench/peers/tfjs.ts --backend cpu|wasm --workload W --json`
 *
 * Uses the @tensorflow/tfjs umbrella package (CPU backend + gradients) and
 * @tensorflow/tfjs-backend-wasm (forced single-threaded; SIMD on). Every repetition
 * reads its result back with dataSync(), and runs inside tf.tidy so memory stays flat.
 */
import * as tf from "@tensorflow/tfjs";
import { setThreadsCount } from "@tensorflow/tfjs-backend-wasm";
import {
  CONV,
  GEMM,
  LEARNING_RATE,
  NUM_CLASSES,
  WORKLOADS,
  convOperands,
  gemmOperands,
  initParams,
  inputBatch,
  inputShape,
  labels,
  oneHot,
} from "../workloads.ts";
import type { ModelName, WorkloadId } from "../workloads.ts";
import { parseArgs, pkgVersion, runPeer, stepChecksum } from "./common.ts";
import type { Prepared } from "./common.ts";

type Params = Record<string, tf.Variable>;

function forward(model: ModelName, p: Params, x: tf.Tensor): tf.Tensor2D {
  if (model === "mlp") {
    let h = tf.relu(tf.add(tf.matMul(x as tf.Tensor2D, p.w1 as tf.Tensor2D), p.b1!));
    h = tf.relu(tf.add(tf.matMul(h as tf.Tensor2D, p.w2 as tf.Tensor2D), p.b2!));
    return tf.add(tf.matMul(h as tf.Tensor2D, p.w3 as tf.Tensor2D), p.b3!) as tf.Tensor2D;
  }
  const x4 = x as tf.Tensor4D;
  let h: tf.Tensor4D = tf.relu(tf.add(tf.conv2d(x4, p.c1w as tf.Tensor4D, 1, "same"), p.c1b!));
  h = tf.maxPool(h, 2, 2, "valid");
  h = tf.relu(tf.add(tf.conv2d(h, p.c2w as tf.Tensor4D, 1, "valid"), p.c2b!));
  h = tf.maxPool(h, 2, 2, "valid");
  let f: tf.Tensor2D = tf.reshape(h, [h.shape[0], 400]);
  f = tf.relu(tf.add(tf.matMul(f, p.f1w as tf.Tensor2D), p.f1b!));
  f = tf.relu(tf.add(tf.matMul(f, p.f2w as tf.Tensor2D), p.f2b!));
  return tf.add(tf.matMul(f, p.f3w as tf.Tensor2D), p.f3b!) as tf.Tensor2D;
}

let paramSet = 0;
function makeParams(model: ModelName): Params {
  const p: Params = {};
  const tag = paramSet++;
  for (const d of initParams(model)) {
    const init = tf.tensor(d.data, d.shape);
    p[d.name] = tf.variable(init, true, `${model}${tag}_${d.name}`);
    init.dispose();
  }
  return p;
}

function disposeParams(p: Params): void {
  for (const v of Object.values(p)) v.dispose();
}

/**
 * Compute inside tf.tidy and read the result back. The tidy callback must not return
 * the typed array: tidy walks its return value looking for tensors, which costs
 * ~60 ms for a 512x512 result.
 */
function readBack(f: () => tf.Tensor): void {
  tf.tidy(() => {
    f().dataSync();
  });
}

function sumOf(f: () => tf.Tensor): number {
  return tf.tidy(() => tf.sum(f()).dataSync()[0]!);
}

function prepare(w: WorkloadId): Prepared {
  const def = WORKLOADS[w];
  if (def.kind === "kernel") {
    if (w === "gemm.512") {
      const { a, b } = gemmOperands();
      const ta = tf.tensor2d(a, [GEMM.M, GEMM.K]);
      const tb = tf.tensor2d(b, [GEMM.K, GEMM.N]);
      return {
        run: () => readBack(() => tf.matMul(ta, tb)),
      checksum: () => sumOf(() => tf.matMul(ta, tb)),
        dispose: () => tf.dispose([ta, tb]),
      };
    }
    const { x, w: k } = convOperands();
    const tx = tf.tensor4d(x, [CONV.N, CONV.H, CONV.W, CONV.Cin]);
    const tk = tf.tensor4d(k, [CONV.kh, CONV.kw, CONV.Cin, CONV.Cout]);
    return {
      run: () => readBack(() => tf.conv2d(tx, tk, 1, "same")),
      checksum: () => sumOf(() => tf.conv2d(tx, tk, 1, "same")),
      dispose: () => tf.dispose([tx, tk]),
    };
  }
  const model = def.model!;
  const batch = def.batch!;
  const p = makeParams(model);
  const x = tf.tensor(inputBatch(model, batch), inputShape(model, batch));
  if (def.kind === "infer") {
    return {
      run: () => readBack(() => forward(model, p, x)),
      checksum: () => sumOf(() => forward(model, p, x)),
      dispose: () => {
        x.dispose();
        disposeParams(p);
      },
    };
  }
  const y = tf.tensor2d(oneHot(labels(batch)), [batch, NUM_CLASSES]);
  const vars = Object.values(p);
  const last = vars[vars.length - 1]!;
  const lossFn = (): tf.Scalar => tf.losses.softmaxCrossEntropy(y, forward(model, p, x)) as tf.Scalar;
  return {
    run: () => {
      tf.tidy(() => {
        const { value, grads } = tf.variableGrads(lossFn, vars);
        for (const v of vars) v.assign(tf.sub(v, tf.mul(grads[v.name]!, LEARNING_RATE)));
        value.dataSync();
      });
      last.dataSync(); // the updated parameters are materialised
    },
    checksum: () => stepChecksum(model, (model === "mlp" ? p.w3! : p.f3w!).dataSync()),
    dispose: () => {
      tf.dispose([x, y]);
      disposeParams(p);
    },
  };
}

async function main(): Promise<void> {
  const args = parseArgs();
  const backend = args.flags.get("backend") ?? "cpu";
  if (backend !== "cpu" && backend !== "wasm") throw new Error(`--backend must be cpu or wasm, got ${backend}`);
  if (backend === "wasm") {
    // Single thread, SIMD kernels (XNNPACK).
    tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
    tf.env().set("WASM_HAS_SIMD_SUPPORT", true);
    setThreadsCount(1);
  }
  // Keep the "use tfjs-node" banner out of the JSON stream.
  const log = console.log;
  console.log = (...a: unknown[]) => console.error(...a);
  const ok = await tf.setBackend(backend);
  await tf.ready();
  console.log = log;
  if (!ok || tf.getBackend() !== backend) throw new Error(`backend ${backend} failed to initialise`);
  const info = {
    tfjs: await pkgVersion("@tensorflow/tfjs"),
    backend,
    ...(backend === "wasm" ? { "tfjs-backend-wasm": await pkgVersion("@tensorflow/tfjs-backend-wasm"), simd: true, threads: 1 } : {}),
  };
  await runPeer(`tfjs-${backend}`, args, (w) => prepare(w), info);
  const leaked = tf.memory().numTensors;
  if (leaked > 0) console.error(`tfjs: ${leaked} tensors still allocated after the run`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
