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

// The model API: fit / evaluate / predict / summary over compiled entries, callbacks, metrics, data.
export { model, Model, readWeightsFile } from "./model/model.ts";
export type { ModelOptions, FitOptions, EvaluateOptions, History, ModelBackend } from "./model/model.ts";
export { callbacks, csvLogger, earlyStopping, learningRateSchedule, modelCheckpoint, onEpoch, progressBar, runLog } from "./train/callbacks.ts";
export type { Callback, TrainingContext, BatchLogs, EpochLogs } from "./train/callbacks.ts";
export type { MetricSpec } from "./model/graphs.ts";
export { buildPredictGraph, buildEvaluateGraph } from "./model/graphs.ts";
export { readCsvDataset } from "./data/csv.ts";
export { readImage, readImageFolder } from "./data/images.ts";
export { readIdxImages, readIdxLabels, loadIdxPair } from "./data/idx.ts";
export type { Dataset } from "./data/batches.ts";
export { batches, shuffleDataset, gatherDataset } from "./data/batches.ts";
export { TrainingDivergedError } from "./train/trainer.ts";
export { fitStandardize, standardize } from "./data/preprocess.ts";
/** Image augmentations for fit's `augment` option: flipHorizontal, shift, rotate, zoom, gaussianNoise, compose. */
export * as augment from "./data/augment.ts";
