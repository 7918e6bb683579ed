// `gradfuse summary <graph.ts>`: the model API's layer table (one row per line of the graph file that
// makes a layer, with its output shape and parameter count), for a Keras user's first look.
import { Command } from "commander";
import { signatureOf } from "../model/graphs.ts";
import { modelSummary } from "../model/summary.ts";
import { CliError, loadGraphDef } from "./load.ts";

export function summaryCommand(): Command {
  return new Command("summary")
    .description("print a table of the graph's layers: output shapes and parameter counts")
    .argument("<graph>", "a graph module, e.g. graphs/lenet5.ts")
    .action(async (file: string) => {
      const def = await loadGraphDef(file);
      let text: string;
      try {
        const graph = def.build({ mode: "infer", bindings: { N: 1 } });
        text = modelSummary(graph, signatureOf(graph));
      } catch (e) {
        throw new CliError(`${file}: ${(e as Error).message}`);
      }
      process.stdout.write(text + "\n");
    });
}
