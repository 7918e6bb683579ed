// Optimizers, penalties and clipping: 5 steps of the training-step graph on the float64 interpreter,
// from fixed parameters and a loss whose gradient is a known constant, against the update formulas
// written out again here, independently of src/train/optimizers.ts.
import { describe, expect, it } from "vitest";
import { defineGraph } from "../src/dsl/builder.ts";
import type { OptimizerSpec } from "../src/train/optimizers.ts";
import { parseOptimizer } from "../src/train/optimizers.ts";
import type { TrainGraphOptions } from "../src/train/train_graph.ts";
import { buildTrainGraph, LR_INPUT, STEP_STATE } from "../src/train/train_graph.ts";
import { InterpretedProgram } from "../src/train/interpreted_program.ts";
import { paramsOf, sizeOf } from "../src/ir/types.ts";
import { interpret } from "../src/interp/interpret.ts";

const W0 = [0.5, -1.2, 2.0, 0.3, -0.7, 1.1]; // W: [2, 3]
const B0 = [0.2, -0.4, 0.9]; // b: [3]
const C = [1.5, -0.5, 0.25, -2.0, 0.8, 3.0]; // dLoss/dW
const D = [0.6, -1.4, 0.05]; // dLoss/db
const LRS = [0.1, 0.05, 0.2, 0.02, 0.07];

/** loss = Σ(C ⊙ W) + Σ(D ⊙ b): the gradient is the constant (C, D) whatever W and b are. */
const linear = defineGraph("linear", {}, (g) => {
  const W = g.param("W", [2, 3], { kind: "zeros" });
  const b = g.param("b", [3], { kind: "zeros" });
  g.loss(W.mul(g.constant(C, [2, 3])).sum().add(b.mul(g.constant(D, [3])).sum()));
});

/** Initial values of every param of a graph: W0/B0 for the model, the init constant for states. */
function initialParams(graph: ReturnType<typeof buildTrainGraph>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const p of paramsOf(graph)) {
    const init = p.attrs.init;
    const fill = init.kind === "constant" ? init.value : 0;
    out[p.attrs.name] = p.attrs.name === "W" ? W0 : p.attrs.name === "b" ? B0 : new Array(sizeOf(p.shape)).fill(fill);
  }
  return out;
}

/** Runs 5 steps on the float64 interpreter; returns W and b after each step. */
function train(opts: Omit<TrainGraphOptions, "optimizer"> & { optimizer: OptimizerSpec }) {
  const graph = buildTrainGraph(linear, opts);
  const program = new InterpretedProgram(graph, "f64");
  program.setParams(initialParams(graph));
  const history: { W: number[]; b: number[] }[] = [];
  for (const lr of LRS) {
    program.run(graph.name, { [LR_INPUT]: [lr] });
    const p = program.getParams();
    history.push({ W: [...p.W!.data], b: [...p.b!.data] });
  }
  return { history, params: program.getParams() };
}

/**
 * The oracle: per-element update rules from the papers, for a constant gradient g.
 * Returns the trajectory of one scalar weight over the 5 steps.
 */
type Rule = (w0: number, g: number) => number[];

const rules: Record<string, [OptimizerSpec, Rule]> = {
  sgd: [{ kind: "sgd" }, (w, g) => LRS.map((lr) => (w = w - lr * g))],
  momentum: [
    { kind: "momentum", momentum: 0.8 },
    (w, g) => {
      let v = 0;
      return LRS.map((lr) => {
        v = 0.8 * v - lr * g;
        return (w = w + v);
      });
    },
  ],
  "momentum-ema": [
    { kind: "momentum-ema", beta: 0.7 },
    (w, g) => {
      let V = 0;
      return LRS.map((lr) => {
        V = 0.7 * V + 0.3 * g;
        return (w = w - lr * V);
      });
    },
  ],
  nesterov: [
    { kind: "nesterov", momentum: 0.9 },
    (w, g) => {
      // Sutskever's look-ahead form, rewritten in the variable θ = W + μv that Bengio et al. track:
      // v' = μv − η∇, θ' = θ + μv' − η∇ (the gradient is constant, so where it is taken does not matter).
      let v = 0;
      return LRS.map((lr) => {
        v = 0.9 * v - lr * g;
        return (w = w + 0.9 * v - lr * g);
      });
    },
  ],
  adagrad: [
    { kind: "adagrad", epsilon: 1e-7, initialAccumulator: 0.1 },
    (w, g) => {
      let G = 0.1;
      return LRS.map((lr) => {
        G += g * g;
        return (w = w - (lr * g) / (Math.sqrt(G) + 1e-7));
      });
    },
  ],
  rmsprop: [
    { kind: "rmsprop", rho: 0.9, epsilon: 1e-6 },
    (w, g) => {
      let S = 0;
      return LRS.map((lr) => {
        S = 0.9 * S + 0.1 * g * g;
        return (w = w - (lr * g) / (Math.sqrt(S) + 1e-6));
      });
    },
  ],
  adadelta: [
    { kind: "adadelta", rho: 0.95, epsilon: 1e-6 },
    (w, g) => {
      let Eg = 0;
      let Ex = 0;
      return LRS.map((lr) => {
        Eg = 0.95 * Eg + 0.05 * g * g;
        const dx = (-Math.sqrt(Ex + 1e-6) / Math.sqrt(Eg + 1e-6)) * g;
        Ex = 0.95 * Ex + 0.05 * dx * dx;
        return (w = w + lr * dx);
      });
    },
  ],
  adam: [
    { kind: "adam", beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
    (w, g) => {
      let m = 0;
      let v = 0;
      return LRS.map((lr, i) => {
        const t = i + 1;
        m = 0.9 * m + 0.1 * g;
        v = 0.999 * v + 0.001 * g * g;
        const mHat = m / (1 - 0.9 ** t);
        const vHat = v / (1 - 0.999 ** t);
        return (w = w - (lr * mHat) / (Math.sqrt(vHat) + 1e-8));
      });
    },
  ],
};

describe("optimizers: 5 steps against the textbook formulas", () => {
  for (const [name, [spec, rule]] of Object.entries(rules)) {
    it(name, () => {
      const { history } = train({ optimizer: spec });
      W0.forEach((w0, i) => {
        const expected = rule(w0, C[i]!);
        history.forEach((h, step) => expect(h.W[i]).toBeCloseTo(expected[step]!, 12));
      });
      B0.forEach((b0, i) => {
        const expected = rule(b0, D[i]!);
        history.forEach((h, step) => expect(h.b[i]).toBeCloseTo(expected[step]!, 12));
      });
    });
  }

  it("adamw: Adam plus W ← W − η·λ·W on weights, biases left undecayed", () => {
    const lambda = 0.1;
    const { history } = train({ optimizer: { kind: "adamw", weightDecay: lambda } });
    const adamW = (w: number, g: number, decay: number) => {
      let m = 0;
      let v = 0;
      return LRS.map((lr, i) => {
        const t = i + 1;
        m = 0.9 * m + 0.1 * g;
        v = 0.999 * v + 0.001 * g * g;
        const step = m / (1 - 0.9 ** t) / (Math.sqrt(v / (1 - 0.999 ** t)) + 1e-8);
        return (w = w - lr * step - lr * decay * w);
      });
    };
    W0.forEach((w0, i) => history.forEach((h, s) => expect(h.W[i]).toBeCloseTo(adamW(w0, C[i]!, lambda)[s]!, 12)));
    B0.forEach((b0, i) => history.forEach((h, s) => expect(h.b[i]).toBeCloseTo(adamW(b0, D[i]!, 0)[s]!, 12)));
  });

  it("counts steps in the i32 step state", () => {
    expect([...train({ optimizer: { kind: "sgd" } }).params[STEP_STATE]!.data]).toEqual([5]);
  });

  it("parses optimizer specs and rejects unknown names and settings with the accepted ones", () => {
    expect(parseOptimizer("adam:beta2=0.99")).toEqual({ kind: "adam", beta2: 0.99 });
    expect(() => parseOptimizer("adamax")).toThrow(/unknown optimizer 'adamax'; use one of sgd, momentum/);
    expect(() => parseOptimizer("sgd:momentum=0.9")).toThrow(/takes no settings/);
    expect(() => parseOptimizer("rmsprop:rho=x")).toThrow(/needs a number/);
  });
});

describe("penalties, decoupled weight decay and clipping", () => {
  it("L2 adds λW to the gradient of weights only; L1 adds λ·sign(W)", () => {
    const l2 = train({ optimizer: { kind: "sgd" }, l2: 0.5 }).history;
    const l1 = train({ optimizer: { kind: "sgd" }, l1: 0.3 }).history;
    W0.forEach((w0, i) => {
      let w2 = w0;
      let w1 = w0;
      LRS.forEach((lr, s) => {
        w2 = w2 - lr * (C[i]! + 0.5 * w2);
        w1 = w1 - lr * (C[i]! + 0.3 * Math.sign(w1));
        expect(l2[s]!.W[i]).toBeCloseTo(w2, 12);
        expect(l1[s]!.W[i]).toBeCloseTo(w1, 12);
      });
    });
    B0.forEach((b0, i) => expect(l2[4]!.b[i]).toBeCloseTo(b0 - D[i]! * LRS.reduce((a, x) => a + x), 12));
  });

  it("decoupled weight decay with momentum: W ← W + v − η·λ·W", () => {
    const { history } = train({ optimizer: { kind: "momentum", momentum: 0.9 }, weightDecay: 0.2 });
    W0.forEach((w0, i) => {
      let w = w0;
      let v = 0;
      LRS.forEach((lr, s) => {
        v = 0.9 * v - lr * C[i]!;
        w = w + v - lr * 0.2 * w;
        expect(history[s]!.W[i]).toBeCloseTo(w, 12);
      });
    });
  });

  it("clips each gradient element by value", () => {
    const { history } = train({ optimizer: { kind: "sgd" }, clip: { kind: "value", value: 1 } });
    W0.forEach((w0, i) => {
      const g = Math.max(-1, Math.min(1, C[i]!));
      expect(history[4]!.W[i]).toBeCloseTo(w0 - g * LRS.reduce((a, x) => a + x), 12);
    });
  });

  it("clips by global norm over all parameters, keeping the direction, and reports the norm", () => {
    const norm = Math.sqrt([...C, ...D].reduce((a, g) => a + g * g, 0));
    const graph = buildTrainGraph(linear, { optimizer: { kind: "sgd" }, clip: { kind: "norm", maxNorm: 2 } });
    const program = new InterpretedProgram(graph, "f64");
    program.setParams(initialParams(graph));
    const out = program.run(graph.name, { [LR_INPUT]: [1] });
    expect(out.grad_norm!.data[0]).toBeCloseTo(norm, 12);
    const p = program.getParams();
    W0.forEach((w0, i) => expect(p.W!.data[i]).toBeCloseTo(w0 - (C[i]! * 2) / norm, 12));
    B0.forEach((b0, i) => expect(p.b!.data[i]).toBeCloseTo(b0 - (D[i]! * 2) / norm, 12));
  });

  it("leaves gradients below the norm threshold unchanged", () => {
    const graph = buildTrainGraph(linear, { optimizer: { kind: "sgd" }, clip: { kind: "norm", maxNorm: 100 } });
    const r = interpret(graph, { params: initialParams(graph), feeds: { [LR_INPUT]: [1] }, float: "f64" });
    W0.forEach((w0, i) => expect(r.updates.W!.data[i]).toBeCloseTo(w0 - C[i]!, 12));
  });

  it("rejects a graph without a loss, naming the fix", () => {
    const noLoss = defineGraph("noloss", {}, (g) => {
      g.output("y", g.param("W", [2], { kind: "zeros" }).mul(2));
    });
    expect(() => buildTrainGraph(noLoss, { optimizer: { kind: "sgd" } })).toThrow(/declares no loss.*call g\.loss/);
  });
});

// ---------- settings that only show with a changing gradient ----------

/** loss = Σ(c ⊙ W) with c fed each step: the gradient of step s is GRADS[s] (it shrinks, so AMSGrad's max matters). */
const GRADS = [
  [2.0, -1.5, 0.4, 3.0, -0.2, 1.0],
  [1.0, -0.5, 0.9, -2.0, 0.1, 0.5],
  [0.3, 0.2, -1.2, 0.5, 0.05, 0.2],
  [0.1, -0.1, 0.3, 0.2, -0.6, 0.1],
  [0.05, 0.05, -0.1, 0.1, 0.2, 0.05],
];
const fed = defineGraph("fed", {}, (g) => {
  const W = g.param("W", [2, 3], { kind: "zeros" }); // rank 2: a weight, so AdamW decays it
  g.loss(W.mul(g.input("c", [2, 3])).sum());
});

function trainFed(optimizer: OptimizerSpec): number[][] {
  const graph = buildTrainGraph(fed, { optimizer });
  const program = new InterpretedProgram(graph, "f64");
  program.setParams(Object.fromEntries(paramsOf(graph).map((p) => [p.attrs.name, p.attrs.name === "W" ? W0 : new Array(sizeOf(p.shape)).fill(0)])));
  return LRS.map((lr, s) => {
    program.run(graph.name, { [LR_INPUT]: [lr], c: GRADS[s]! });
    return [...program.getParams().W!.data];
  });
}

/** Per-element trajectories of an update rule over GRADS (the oracle, written out here). */
function trajectory(rule: (w: number, gs: number[]) => number[]): number[][] {
  const perElement = W0.map((w0, i) => rule(w0, GRADS.map((g) => g[i]!)));
  return LRS.map((_, s) => perElement.map((t) => t[s]!));
}

// β2 = 0.5 so that v falls when the gradient shrinks (with 0.999 it keeps rising and AMSGrad = Adam).
const adamRule = (amsgrad: boolean, decay = 0) => (w: number, gs: number[]) => {
  let m = 0;
  let v = 0;
  let vmax = 0;
  return gs.map((g, i) => {
    const t = i + 1;
    const lr = LRS[i]!;
    m = 0.9 * m + 0.1 * g;
    v = 0.5 * v + 0.5 * g * g;
    vmax = Math.max(vmax, v);
    const denom = Math.sqrt((amsgrad ? vmax : v) / (1 - 0.5 ** t)) + 1e-8;
    return (w = w - (lr * (m / (1 - 0.9 ** t))) / denom - lr * decay * w);
  });
};

const rmspropRule = (centered: boolean, momentum: number) => (w: number, gs: number[]) => {
  let sq = 0;
  let mean = 0;
  let buf = 0;
  return gs.map((g, i) => {
    const lr = LRS[i]!;
    sq = 0.9 * sq + 0.1 * g * g;
    mean = 0.9 * mean + 0.1 * g;
    const denom = Math.sqrt(centered ? sq - mean * mean : sq) + 1e-6;
    if (momentum === 0) return (w = w - (lr * g) / denom);
    buf = momentum * buf + g / denom;
    return (w = w - lr * buf);
  });
};

describe("RMSProp momentum/centered and Adam/AdamW AMSGrad, step by step with a changing gradient", () => {
  const cases: [string, OptimizerSpec, (w: number, gs: number[]) => number[]][] = [
    ["rmsprop (plain, for reference)", { kind: "rmsprop", epsilon: 1e-6 }, rmspropRule(false, 0)],
    ["rmsprop momentum 0.8", { kind: "rmsprop", epsilon: 1e-6, momentum: 0.8 }, rmspropRule(false, 0.8)],
    ["rmsprop centered", { kind: "rmsprop", epsilon: 1e-6, centered: true }, rmspropRule(true, 0)],
    ["rmsprop centered + momentum 0.5", { kind: "rmsprop", epsilon: 1e-6, centered: 1, momentum: 0.5 }, rmspropRule(true, 0.5)],
    ["adam (plain, for reference)", { kind: "adam", beta2: 0.5 }, adamRule(false)],
    ["adam amsgrad", { kind: "adam", beta2: 0.5, amsgrad: true }, adamRule(true)],
    ["adamw amsgrad", { kind: "adamw", beta2: 0.5, amsgrad: true, weightDecay: 0.1 }, adamRule(true, 0.1)],
  ];
  it.each(cases)("%s", (_name, spec, rule) => {
    const got = trainFed(spec);
    const want = trajectory(rule);
    got.forEach((row, s) => row.forEach((v, i) => expect(v, `step ${s + 1}, W[${i}]`).toBeCloseTo(want[s]![i]!, 12)));
  });

  it("AMSGrad differs from Adam once the gradient shrinks (the test can tell them apart)", () => {
    const adam = trainFed({ kind: "adam", beta2: 0.5 });
    const ams = trainFed({ kind: "adam", beta2: 0.5, amsgrad: true });
    expect(Math.max(...adam[4]!.map((v, i) => Math.abs(v - ams[4]![i]!)))).toBeGreaterThan(1e-3);
    const plain = trainFed({ kind: "rmsprop" });
    const centered = trainFed({ kind: "rmsprop", centered: true });
    expect(Math.abs(plain[4]![0]! - centered[4]![0]!)).toBeGreaterThan(1e-3);
  });

  it("parses the new settings; booleans are 0 or 1", () => {
    expect(parseOptimizer("rmsprop:momentum=0.9,centered=1")).toEqual({ kind: "rmsprop", momentum: 0.9, centered: 1 });
    expect(parseOptimizer("adamw:amsgrad=1")).toEqual({ kind: "adamw", amsgrad: 1 });
    expect(() => parseOptimizer("adam:amsgrad=2")).toThrow(/amsgrad=2 is a switch; give true or false \(0 or 1 on the command line\)/);
  });
});
