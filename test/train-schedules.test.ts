// Learning-rate schedules against values computed by hand from each paper's formula.
import { describe, expect, it } from "vitest";
import { formatSchedule, learningRate, parseSchedule } from "../src/train/schedules.ts";
import type { ScheduleSpec } from "../src/train/schedules.ts";
import { lineChartsSvg, niceTicks } from "../src/train/plot.ts";

const at = (spec: ScheduleSpec, steps: readonly number[], perEpoch = 1) => steps.map((s) => learningRate(spec, s, perEpoch));
const expectClose = (got: readonly number[], want: readonly number[]) => {
  expect(got.length).toBe(want.length);
  want.forEach((v, i) => expect(got[i]).toBeCloseTo(v, 15));
};

describe("schedules", () => {
  it("constant", () => {
    expect(at({ kind: "constant", lr: 0.3 }, [0, 7, 1000])).toEqual([0.3, 0.3, 0.3]);
  });

  it("step decay: ×0.7 every 20 epochs, with 10 steps per epoch", () => {
    const s: ScheduleSpec = { kind: "step", lr: 0.1, factor: 0.7, every: 20 };
    // step 199 is epoch 19 (first block), 200 is epoch 20, 399 epoch 39, 400 epoch 40.
    expectClose(at(s, [0, 199, 200, 399, 400], 10), [0.1, 0.1, 0.07, 0.07, 0.049]);
  });

  it("multi-step: ×0.7 at epochs 10, 50 and 200", () => {
    const s: ScheduleSpec = { kind: "multistep", lr: 1, factor: 0.7, milestones: [10, 50, 200] };
    expectClose(at(s, [0, 9, 10, 49, 50, 199, 200, 5000]), [1, 1, 0.7, 0.7, 0.49, 0.49, 0.343, 0.343]);
  });

  it("exponential: lr·γ^(step/stepsPerEpoch)", () => {
    const s: ScheduleSpec = { kind: "exponential", lr: 0.2, gamma: 0.5 };
    expect(at(s, [0, 4, 8, 12], 4)).toEqual([0.2, 0.1, 0.05, 0.025]);
    expect(learningRate(s, 2, 4)).toBeCloseTo(0.2 * Math.SQRT1_2, 15);
  });

  it("gradual warm-up over T′ = 4 steps, then the next schedule with its clock started at T′", () => {
    const s: ScheduleSpec = { kind: "warmup", steps: 4, then: { kind: "step", lr: 0.8, factor: 0.5, every: 2 } };
    // warm-up: 0.8·1/4, 0.8·2/4, 0.8·3/4, 0.8·4/4; then step decay with epoch = step − 4.
    expectClose(at(s, [0, 1, 2, 3, 4, 5, 6, 8]), [0.2, 0.4, 0.6, 0.8, 0.8, 0.8, 0.4, 0.2]);
  });

  it("triangular CLR (Smith): up from low to high in halfCycle steps, back down, repeat", () => {
    const s: ScheduleSpec = { kind: "triangular", low: 0.001, high: 0.006, halfCycle: 10 };
    expectClose(at(s, [0, 5, 10, 15, 20, 25, 30]), [0.001, 0.0035, 0.006, 0.0035, 0.001, 0.0035, 0.006]);
  });

  it("SGDR: cosine from max to min within periods of 2, 4, 8 epochs (mult 2), restarting at max", () => {
    const s: ScheduleSpec = { kind: "sgdr", max: 1, min: 0, period: 2, mult: 2 };
    // Periods are epochs [0, 2), [2, 6), [6, 14): epoch 1 is the middle of the first → ½; epoch 2 restarts
    // at max; epoch 4 is the middle of the second, epoch 10 of the third; epoch 14 restarts again.
    const cos = (since: number, T: number) => 0.5 * (1 + Math.cos((Math.PI * since) / T));
    expectClose(at(s, [0, 1, 2, 3, 4, 6, 10, 14]), [1, 0.5, 1, cos(1, 4), 0.5, 1, 0.5, 1]);
    expect(cos(1, 4)).toBeCloseTo(0.8535533905932737, 15);
    // within an epoch it anneals smoothly: with 4 steps per epoch, step 2 is epoch 0.5 of period 2.
    expect(learningRate(s, 2, 4)).toBeCloseTo(cos(0.5, 2), 15);
  });
});

describe("the text form", () => {
  it("parses each kind, taking missing rates from --lr", () => {
    expect(parseSchedule("0.01")).toEqual({ kind: "constant", lr: 0.01 });
    expect(parseSchedule("step:factor=0.7,every=20", 0.1)).toEqual({ kind: "step", lr: 0.1, factor: 0.7, every: 20 });
    expect(parseSchedule("multistep:lr=0.1,milestones=10/50/200,factor=0.7")).toEqual({
      kind: "multistep",
      lr: 0.1,
      factor: 0.7,
      milestones: [10, 50, 200],
    });
    expect(parseSchedule("warmup:steps=100+cosine:max=0.1,period=5")).toEqual({
      kind: "warmup",
      steps: 100,
      then: { kind: "sgdr", max: 0.1, min: 0, period: 5, mult: 2 },
    });
    expect(parseSchedule("clr:low=0.001,high=0.01,halfCycle=50")).toEqual({ kind: "triangular", low: 0.001, high: 0.01, halfCycle: 50 });
  });

  it("round-trips through formatSchedule", () => {
    for (const text of ["exponential:lr=0.1,gamma=0.9", "warmup:steps=3+multistep:lr=1,factor=0.5,milestones=2/4"]) {
      const spec = parseSchedule(text);
      expect(parseSchedule(formatSchedule(spec))).toEqual(spec);
    }
  });

  it("rejects mistakes with the problem and examples", () => {
    expect(() => parseSchedule("cosinus")).toThrow(/unknown schedule 'cosinus'.*examples:/s);
    expect(() => parseSchedule("step:factor=-1")).toThrow(/factor must be positive, got -1/);
    expect(() => parseSchedule("multistep:milestones=50/10")).toThrow(/milestones must be increasing/);
    expect(() => parseSchedule("step:every=2+step:lr=1")).toThrow(/only a warmup can be followed/);
    expect(() => parseSchedule("sgdr:mult=0.5")).toThrow(/mult must be >= 1/);
    expect(() => parseSchedule("step:gamma=2")).toThrow(/unknown setting 'gamma'; it accepts lr, factor, every/);
  });
});

describe("SVG plot", () => {
  it("picks 1-2-5 ticks and draws one polyline per series", () => {
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(3, 47, 4)).toEqual([10, 20, 30, 40]);
    const svg = lineChartsSvg([
      { title: "a<b", xLabel: "step", yLabel: "lr", series: [{ name: "x", points: [[0, 1], [1, 2], [2, 3]] }, { name: "y", points: [[0, 3], [2, 1]] }] },
    ]);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.match(/<polyline/g)?.length).toBe(2);
    expect(svg).toContain("a&lt;b");
  });
});
