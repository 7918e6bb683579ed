import lenet5 from "./graphs/lenet5.ts";
import { mnistSplit } from "./src/data/mnist.ts";
import { compiledPrograms } from "./src/train/compiled.ts";
import { parseSchedule } from "./src/train/schedules.ts";
import { train } from "./src/train/trainer.ts";
import { shift } from "./src/data/augment.ts";
const [batch, sched, epochs, aug] = [Number(process.argv[2]), process.argv[3]!, Number(process.argv[4]), Number(process.argv[5] ?? 0)];
const { train: t, test } = mnistSplit({ train: 8000, test: 2000, seed: 0 });
const r = await train({ def: lenet5, train: t, test, epochs, batchSize: batch, optimizer: { kind: "adam" }, schedule: parseSchedule(sched), seed: 0, ...(aug ? { augment: shift(aug) } : {}),
  program: compiledPrograms("ts"), progress: "lines" });
console.log(batch, sched, aug, r.epochs.map((e) => (100 * e.testAccuracy!).toFixed(2)).join(" "), r.seconds.toFixed(0) + "s");
