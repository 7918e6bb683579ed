// `gradfuse export <graph.ts> --weights <file> --onnx model.onnx`: the inference graph as an ONNX model
// (opset 17), its weights (a weights file or a training checkpoint) as initializers.
import { Command } from "commander";
import { paramsOf } from "../ir/types.ts";
import { initializeParams } from "../runtime/init.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import { exportOnnxFile, loadWeights } from "../onnx/files.ts";
import { intOption } from "./train.ts";
import { CliError, loadGraphDef, parseBatch } from "./load.ts";

interface ExportFlags {
  weights?: string;
  seed?: string;
  onnx?: string;
  batch?: string;
  outputs?: string;
}

export async function runExport(file: string, f: ExportFlags): Promise<string> {
  if (!f.onnx) throw new CliError("export: say where to write the model with --onnx <file.onnx>");
  if (!f.weights && f.seed === undefined) throw new CliError("export: pass --weights <file> (weights or a training checkpoint), or --seed <n> for freshly initialized weights");
  const def = await loadGraphDef(file);
  const bindings = parseBatch(f.batch);
  let weights: Record<string, HostTensor>;
  if (f.weights) weights = loadWeights(f.weights).params;
  else {
    const slots = paramsOf(def.build({ mode: "infer", bindings })).map((p) => p.attrs);
    const values = initializeParams(slots, intOption(f.seed!, "--seed", 0));
    weights = Object.fromEntries(slots.map((s) => [s.name, { dtype: s.dtype, shape: s.shape, data: values[s.name]! }]));
  }
  const outputs = f.outputs?.split(",").map((s) => s.trim()).filter(Boolean);
  const bytes = exportOnnxFile(def, f.onnx, { weights, bindings, ...(outputs ? { outputs } : {}) });
  return `wrote ${f.onnx} (${bytes.length.toLocaleString("en-US")} bytes, opset 17, inputs NHWC as in gradfuse)`;
}

export function exportCommand(): Command {
  return new Command("export")
    .description("export the inference graph and its weights as an ONNX model (opset 17)")
    .argument("<graph>", "a graph module, e.g. graphs/lenet5.ts")
    .option("--onnx <file>", "the .onnx file to write")
    .option("--weights <file>", "a safetensors weights file or a gradfuse training checkpoint")
    .option("--seed <n>", "without --weights: export freshly initialized weights from this seed")
    .option("--batch <n>", "bind the batch symbol N (the model's batch size; default the graph's)")
    .option("--outputs <names>", "comma-separated outputs to export (default every output but the loss)")
    .action(async (file: string, f: ExportFlags) => {
      process.stdout.write((await runExport(file, f)) + "\n");
    });
}
