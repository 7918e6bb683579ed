// gradfuse's public API: build a graph with the DSL, differentiate it, check it, compile and run it.
//
//   import { defineGraph, nn, grad, gradcheck, compile } from "gradfuse";
export { defineGraph, GraphBuilder } from "./dsl/builder.ts";
export type { GraphDef, BuildOptions, Dim } from "./dsl/builder.ts";
export { Tensor } from "./dsl/tensor.ts";
export type { TensorLike } from "./dsl/tensor.ts";
/** Primitive-level DSL functions (conv2d with a given filter tensor, pools, where, concat, random). */
export * as ops from "./dsl/ops.ts";
/** Layers, activations, losses, normalization and initializers, composed from primitives. */
export * as nn from "./nn/index.ts";

export { gradients } from "./autodiff/gradients.ts";
export { grad, gradOutputName } from "./autodiff/grad.ts";
export { gradcheck } from "./autodiff/gradcheck.ts";
export type { GradcheckOptions, GradcheckResult } from "./autodiff/gradcheck.ts";
export { interpret } from "./interp/interpret.ts";

export { compile, lowerToPlan, optimizeGraph, planSummary } from "./compile.ts";
export type { Program } from "./runtime/program.ts";
export { tensor } from "./runtime/tensor.ts";
export type { HostTensor } from "./runtime/tensor.ts";
export type { WasmProgram } from "./runtime/wasm.ts";
export { machineCores } from "./runtime/threads.ts";
export type { ThreadsOption } from "./runtime/threads.ts";
export { compiledPrograms } from "./train/compiled.ts";

export { formatGraph, formatNode } from "./ir/print.ts";
export { graphStats } from "./ir/stats.ts";
export type { Graph, Node, Prim, DType, Shape, Mode } from "./ir/types.ts";
export { GraphError, ShapeError } from "./ir/errors.ts";
export { FeedError } from "./runtime/feeds.ts";

export { buildTrainGraph, buildEvalGraph } from "./train/train_graph.ts";
export { train } from "./train/trainer.ts";
export { learningRate, parseSchedule } from "./train/schedules.ts";
export { saveCheckpoint, loadCheckpoint } from "./train/checkpoint.ts";
export { mnistSplit, loadMnistDigits } from "./data/mnist.ts";
export { loadIdxDataset } from "./data/idx.ts";
