// What a person sees: the progress bar (running mean of the epoch's loss, within 80 columns) and the
// run's plot (log-scale loss, integer epoch ticks, accuracy within 0–100%, one colour per series).
import { describe, expect, it } from "vitest";
import { BAR_COLUMNS, createProgress, formatBarLine } from "../src/train/progress.ts";
import type { EpochRecord, StepRecord } from "../src/train/run_log.ts";
import { runPlotSvg } from "../src/train/run_log.ts";
import { SERIES_COLORS } from "../src/train/plot.ts";

describe("progress bar", () => {
  it("fits 80 columns with large figures, and keeps examples/s and the ETA", () => {
    const line = formatBarLine({ epoch: 99, epochs: 100, batch: 59999, batches: 60000, meanLoss: 12345.678, lr: 0.00123, examplesPerSecond: 1234567, etaSeconds: 3 * 3600 + 125 });
    expect([...line].length).toBeLessThanOrEqual(BAR_COLUMNS);
    expect(line).toMatch(/^100\/100 \[█+░*\] 59999\/60000 loss 1\.235e\+4 +lr 1\.23e-3 +1\.2M ex\/s ETA 3h02$/);
    const short = formatBarLine({ epoch: 0, epochs: 5, batch: 60, batches: 125, meanLoss: 0.2345, lr: 0.001, examplesPerSecond: 23456, etaSeconds: 4 });
    expect([...short].length).toBeLessThanOrEqual(BAR_COLUMNS);
    // Fixed-width fields: the bar does not change width between the first frame and a later one.
    const first = formatBarLine({ epoch: 0, epochs: 5, batch: 0, batches: 125 });
    expect(first.indexOf("]")).toBe(short.indexOf("]"));
  });

  it("shows the running mean of the epoch's loss, not the last step's", () => {
    let written = "";
    const stream = Object.assign(Object.create(process.stderr), {
      isTTY: true,
      columns: 120,
      write: (s: string) => ((written += s), true),
      cursorTo: () => true,
      clearLine: () => true,
      moveCursor: () => true,
    }) as NodeJS.WriteStream;
    const bar = createProgress("bar", stream);
    bar.startEpoch(0, 1, 4);
    for (const [batch, loss] of [0.5, 3.5, 1.0].entries()) bar.step({ epoch: 0, epochs: 1, batch, batches: 4, step: batch, loss, meanLoss: [0.5, 2, 5 / 3][batch]!, lr: 0.01, examplesPerSecond: 100 });
    bar.close();
    expect(written).toContain("loss 1.667");
    expect(written).not.toContain("loss 1.000");
  });
});

describe("run plot", () => {
  const steps: StepRecord[] = Array.from({ length: 300 }, (_, i) => ({ step: i, epoch: Math.floor(i / 100), loss: 2 * Math.exp(-i / 30), lr: 0.001 }));
  const epochs: EpochRecord[] = [0, 1, 2].map((e) => ({ epoch: e, step: 100 * (e + 1), trainLoss: 0.5 / (e + 1), testLoss: 0.6 / (e + 1), trainAccuracy: 0.9 + 0.04 * e, testAccuracy: 0.95 + 0.02 * e, lr: 0.001, seconds: 1 }));
  const svg = runPlotSvg("lenet5", steps, epochs);
  const texts = (from: number, to: number) => [...svg.slice(from, to).matchAll(/>([^<]+)<\/text>/g)].map((m) => m[1]!);

  it("draws the loss on a log axis (train and test stay apart late in a run)", () => {
    expect(svg).toContain("loss (log scale)");
    const lossPanel = texts(0, svg.indexOf("lenet5: accuracy"));
    expect(lossPanel).toContain("0.001");
    expect(lossPanel).toContain("1");
  });

  it("accuracy panel: train beside test, within 0–100%, integer epoch ticks", () => {
    const accPanel = texts(svg.indexOf("lenet5: accuracy"), svg.length);
    const numbers = accPanel.filter((t) => /^[\d.]+$/.test(t)).map(Number);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(100);
    const epochTicks = accPanel.slice(accPanel.indexOf("epoch") - 3, accPanel.indexOf("epoch"));
    expect(epochTicks).toEqual(["1", "2", "3"]);
    expect(accPanel).toContain("train");
    expect(accPanel).toContain("test");
  });

  it("gives each series one colour in every panel", () => {
    const colourOf = (panelStart: number, name: string) => {
      const legend = svg.indexOf(`>${name}</text>`, panelStart);
      return /stroke="(#[0-9a-f]+)" stroke-width="2"\/>\s*<text[^>]*>[^<]*<\/text>\s*$/.exec(svg.slice(0, legend + name.length + 8))?.[1];
    };
    const acc = svg.indexOf("lenet5: accuracy");
    expect(colourOf(0, "test")).toBe(SERIES_COLORS.test);
    expect(colourOf(acc, "test")).toBe(SERIES_COLORS.test);
    expect(colourOf(acc, "train")).toBe(SERIES_COLORS.train);
  });
});
