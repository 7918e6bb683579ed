// A fresh process that imports only gradfuse/runtime (through a generated program's loader), loads
// the LeNet-5 inference program compiled for batch 1, and runs one inference. argv[2]: the program's
// directory. The parent times the whole process.
const [, , dir] = process.argv;
const { load } = await import(new URL(`file://${dir}/lenet5.js`).href);
const program = await load();
program.initParams(1);
const { probs } = program.run("lenet5", { x: new Float32Array(784).fill(0.5), labels: new Int32Array(1) });
if (probs.data.length !== 10) throw new Error("runtime-infer: expected 10 probabilities");
