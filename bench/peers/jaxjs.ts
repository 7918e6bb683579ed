/**
 * jax-js peer: `npx tsx bench/peers/jaxjs.ts --workload W --json`
 *
 * @jax-js/jax on its "wasm" device (single thread; its "cpu" device is a reference
 * interpreter, ~1000x slower). Every workload is one jit-compiled function; training is
 * jit(grad + SGD update). jax-js convolutions are NCHW/OIHW: the synthetic NHWC/HWIO
 * data is transposed once at setup and LeNet's first dense layer rows are permuted to
 * NCHW flatten order, so the arithmetic is that of the canonical model. Max pooling
 * 2x2/2 is reshape + max over the window axes.
 *
 * jax-js arrays are reference counted with "move" semantics: passing an array to a
 * function consumes it, `.ref` keeps a reference.
 */
import { blockUntilReady, defaultDevice, grad, init, jit, lax, nn, numpy as np, tree } from "@jax-js/jax";
import {
  CONV,
  GEMM,
  LEARNING_RATE,
  NUM_CLASSES,
  WORKLOADS,
  convOperands,
  gemmOperands,
  hwioToOihw,
  initParams,
  inputBatch,
  labels,
  oneHot,
  transpose,
} from "../workloads.ts";
import type { ModelName, WorkloadId } from "../workloads.ts";
import { parseArgs, pkgVersion, runPeer, stepChecksum } from "./common.ts";
import type { Prepared } from "./common.ts";

type Arr = np.Array;
type Params = Record<string, Arr>;

function arr(data: Float32Array, shape: number[]): Arr {
  return np.array(data, { shape });
}

function makeParams(model: ModelName): Params {
  const p: Params = {};
  for (const d of initParams(model)) {
    let data = d.data;
    let shape = d.shape;
    if (d.shape.length === 4) {
      data = hwioToOihw(d.data, d.shape);
      shape = [d.shape[3]!, d.shape[2]!, d.shape[0]!, d.shape[1]!];
    } else if (d.name === "f1w") {
      data = transpose(d.data, [5, 5, 16, 120], [2, 0, 1, 3]); // NHWC -> NCHW flatten order
    }
    p[d.name] = arr(data, shape);
  }
  return p;
}

function dense(x: Arr, w: Arr, b: Arr): Arr {
  return np.matmul(x, w).add(b);
}

/** Max pool 2x2 stride 2 on NCHW (H, W even). */
function maxPool2(x: Arr): Arr {
  const [n, c, h, w] = x.shape as [number, number, number, number];
  return np.max(x.reshape([n, c, h / 2, 2, w / 2, 2]), [3, 5]);
}

function forward(model: ModelName, p: Params, x: Arr): Arr {
  if (model === "mlp") {
    let h = nn.relu(dense(x, p.w1!, p.b1!));
    h = nn.relu(dense(h, p.w2!, p.b2!));
    return dense(h, p.w3!, p.b3!);
  }
  let h = nn.relu(lax.conv(x, p.c1w!, [1, 1], "SAME").add(p.c1b!.reshape([6, 1, 1])));
  h = maxPool2(h);
  h = nn.relu(lax.conv(h, p.c2w!, [1, 1], "VALID").add(p.c2b!.reshape([16, 1, 1])));
  h = maxPool2(h);
  let f = h.reshape([h.shape[0]!, 400]);
  f = nn.relu(dense(f, p.f1w!, p.f1b!));
  f = nn.relu(dense(f, p.f2w!, p.f2b!));
  return dense(f, p.f3w!, p.f3b!);
}

/** Sum of an array's values (consumes it). */
async function sumOf(a: Arr): Promise<number> {
  const d = await a.data();
  let s = 0;
  for (let i = 0; i < d.length; i++) s += d[i]!;
  return s;
}

function prepare(w: WorkloadId): Prepared {
  const def = WORKLOADS[w];
  if (w === "gemm.512") {
    const { a, b } = gemmOperands();
    const ja = arr(a, [GEMM.M, GEMM.K]);
    const jb = arr(b, [GEMM.K, GEMM.N]);
    const f = jit((x: Arr, y: Arr) => np.matmul(x, y));
    return {
      run: async () => {
        await f(ja.ref, jb.ref).data();
      },
      checksum: () => sumOf(f(ja.ref, jb.ref)),
      dispose: () => {
        ja.dispose();
        jb.dispose();
        f.dispose();
      },
    };
  }
  if (w === "conv2d.3x3") {
    const { x, w: k } = convOperands();
    const xs = [CONV.N, CONV.H, CONV.W, CONV.Cin];
    const ks = [CONV.kh, CONV.kw, CONV.Cin, CONV.Cout];
    const jx = arr(transpose(x, xs, [0, 3, 1, 2]), [CONV.N, CONV.Cin, CONV.H, CONV.W]);
    const jk = arr(hwioToOihw(k, ks), [CONV.Cout, CONV.Cin, CONV.kh, CONV.kw]);
    const f = jit((a: Arr, b: Arr) => lax.conv(a, b, [1, 1], "SAME"));
    return {
      run: async () => {
        await f(jx.ref, jk.ref).data();
      },
      checksum: () => sumOf(f(jx.ref, jk.ref)),
      dispose: () => {
        jx.dispose();
        jk.dispose();
        f.dispose();
      },
    };
  }
  const model = def.model!;
  const batch = def.batch!;
  // LeNet: NHWC [B,28,28,1] and NCHW [B,1,28,28] are the same bytes.
  const x = arr(inputBatch(model, batch), model === "mlp" ? [batch, 784] : [batch, 1, 28, 28]);
  if (def.kind === "infer") {
    const p = makeParams(model);
    const f = jit((pp: Params, xx: Arr) => forward(model, pp, xx));
    return {
      run: async () => {
        await f(tree.ref(p), x.ref).data();
      },
      checksum: () => sumOf(f(tree.ref(p), x.ref)),
      dispose: () => {
        tree.dispose(p);
        x.dispose();
        f.dispose();
      },
    };
  }
  const y = arr(oneHot(labels(batch)), [batch, NUM_CLASSES]);
  const loss = (pp: Params, xx: Arr, yy: Arr): Arr =>
    nn.logSoftmax(forward(model, pp, xx), -1).mul(yy).sum().neg().div(batch);
  const step = jit((pp: Params, xx: Arr, yy: Arr): Params => {
    const g = grad(loss)(tree.ref(pp), xx, yy) as Params;
    return tree.map((pi: Arr, gi: Arr) => pi.sub(gi.mul(LEARNING_RATE)), pp, g) as Params;
  });
  let p = makeParams(model);
  return {
    run: async () => {
      p = step(p, x.ref, y.ref);
      await blockUntilReady(p);
    },
    checksum: async () => stepChecksum(model, await (model === "mlp" ? p.w3! : p.f3w!).ref.data()),
    dispose: () => {
      tree.dispose(p);
      x.dispose();
      y.dispose();
      step.dispose();
    },
  };
}

async function main(): Promise<void> {
  const args = parseArgs();
  const devices = await init("wasm"); // init() with no argument probes WebGPU and fails in Node
  if (!devices.includes("wasm")) throw new Error(`jax-js wasm device unavailable (got ${devices.join(",")})`);
  defaultDevice("wasm");
  const info = { "jax-js": await pkgVersion("@jax-js/jax"), device: "wasm" };
  await runPeer("jaxjs-wasm", args, prepare, info);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
