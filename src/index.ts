// gradfuse's public API: build a graph with the DSL, differentiate it, check it, compile and run it,
// train it, feed it data. Everything a user writes against is here; a generated program needs only
// `gradfuse/runtime` (src/runtime/index.ts), which this re-exports too.
//
//   import { defineGraph, nn, grad, gradcheck, compile } from "gradfuse";

// ---- the DSL ----
export { defineGraph, GraphBuilder } from "./dsl/builder.ts";
export type { GraphDef, BuildOptions, Dim } from "./dsl/builder.ts";
export { Tensor } from "./dsl/tensor.ts";
export type { TensorLike } from "./dsl/tensor.ts";
/** Primitive-level DSL functions (conv2d with a given filter tensor, pools, where, concat, random). */
export * as ops from "./dsl/ops.ts";
export type { Conv2DOptions, PoolOptions } from "./dsl/ops.ts";
/** Layers, activations, losses, normalization and initializers, composed from primitives. */
export * as nn from "./nn/index.ts";

// ---- gradients and the reference interpreter ----
export { gradients } from "./autodiff/gradients.ts";
export { grad, gradOutputName } from "./autodiff/grad.ts";
export type { GradOptions } from "./autodiff/grad.ts";
export { gradcheck } from "./autodiff/gradcheck.ts";
export type { GradcheckOptions, GradcheckResult, GradcheckWorst } from "./autodiff/gradcheck.ts";
export { interpret } from "./interp/interpret.ts";
export type { InterpretOptions, InterpretResult } from "./interp/interpret.ts";

// ---- the IR ----
export { formatGraph, formatNode } from "./ir/print.ts";
export { graphStats } from "./ir/stats.ts";
export type { Graph, Node, Prim, DType, Shape, Mode, SourceLoc, InitSpec } from "./ir/types.ts";
export { CompileError, GraphError, ShapeError } from "./ir/errors.ts";

// ---- compiling ----
export { compile, ProgramDirError, emitTypeScript, lowerToPlan, optimizeGraph, planProgram, planSummary, writeProgramDir, DEFAULT_BACKEND } from "./compile.ts";
export type { Backend, CompileOptions, ManifestFile, Plan, ProgramPlan } from "./compile.ts";

// ---- running (the runtime, also `gradfuse/runtime`) ----
export * from "./runtime/index.ts";

// ---- training ----
export { buildTrainGraph, buildEvalGraph, LR_INPUT, STEP_STATE, GRAD_NORM_OUTPUT, CORRECT_OUTPUT } from "./train/train_graph.ts";
export type { TrainGraphOptions, EvalGraphOptions } from "./train/train_graph.ts";
export { train, trainingEntries, TRAIN_ENTRY, TrainingDivergedError } from "./train/trainer.ts";
export type { TrainerOptions, TrainResult, TrainableProgram, ProgramFactory } from "./train/trainer.ts";
export { compiledPrograms } from "./train/compiled.ts";
/** Where a training run executes: a compiled backend, or the reference interpreter ("interp"). */
export type { Backend as TrainingBackend } from "./train/compiled.ts";
export { InterpretedProgram } from "./train/interpreted_program.ts";
export { evaluate, EVAL_ENTRY, EVAL_TAIL_ENTRY } from "./train/evaluate.ts";
export type { EvalResult, RunnableProgram } from "./train/evaluate.ts";
export { OPTIMIZER_KINDS, OPTIMIZER_DEFAULTS, OptimizerError, parseOptimizer, formatOptimizer } from "./train/optimizers.ts";
export type { OptimizerSpec, OptimizerKind } from "./train/optimizers.ts";
export { learningRate, parseSchedule, formatSchedule, ScheduleError, SCHEDULE_EXAMPLES } from "./train/schedules.ts";
export type { ScheduleSpec, ScheduleKind } from "./train/schedules.ts";
export { clipByValue, clipByGlobalNorm, globalNorm, parseClip } from "./train/regularize.ts";
export type { ClipSpec } from "./train/regularize.ts";
export { EarlyStopping } from "./train/early_stopping.ts";
export type { EarlyStoppingOptions } from "./train/early_stopping.ts";
export { autoProgressMode, createProgress, formatSummary } from "./train/progress.ts";
export type { ProgressMode, ProgressReporter, StepInfo, EpochSummary } from "./train/progress.ts";
export { writeRunFiles, stepsCsv, epochsCsv, runPlotSvg } from "./train/run_log.ts";
export type { StepRecord, EpochRecord } from "./train/run_log.ts";
export { gridTrials, randomTrials, rankTrials, rankedTable } from "./train/search.ts";
export type { SearchSpace, Trial, TrialResult } from "./train/search.ts";
export { buildPerceptronRuleGraph, ERRORS_OUTPUT } from "./train/perceptron.ts";
export { saveCheckpoint, loadCheckpoint, parseCheckpoint, CheckpointError, CHECKPOINT_FORMAT } from "./train/checkpoint.ts";
export type { Checkpoint, SaveOptions } from "./train/checkpoint.ts";

// ---- data ----
export { batches, batchCount, datasetSize, gatherDataset, gatherRows, shuffleDataset, epochOrder } from "./data/batches.ts";
export type { Dataset, Batch, BatchOptions } from "./data/batches.ts";
export { augmentBatch, compose, flipHorizontal, gaussianNoise, rotate, shift, zoom } from "./data/augment.ts";
export type { Augmentation, ImageDims } from "./data/augment.ts";
export { fitStandardize, standardize, fitWhitening, whiten } from "./data/preprocess.ts";
export type { StandardizeStats, StandardizeOptions, WhiteningStats, WhiteningOptions } from "./data/preprocess.ts";
export { Rng, permutation } from "./data/rng.ts";
export { DataError } from "./data/labels.ts";
export { mnistSplit, loadMnistDigits, MNIST_CLASSES, MNIST_SIDE } from "./data/mnist.ts";
export type { MnistSplitOptions } from "./data/mnist.ts";
export { loadIdxDataset, loadIdxPair, readIdxImages, readIdxLabels, IdxError, fashionMnistDir } from "./data/idx.ts";

// ---- ONNX, safetensors and PyTorch weights; pictures ----
export { toOnnx, toOnnxModel, OnnxExportError } from "./onnx/export.ts";
export type { ExportOptions } from "./onnx/export.ts";
export { fromOnnx, OnnxImportError } from "./onnx/import.ts";
export type { ImportOptions, OnnxImport } from "./onnx/import.ts";
export { exportOnnxFile, loadWeights } from "./onnx/files.ts";
export { loadSafetensors, parseSafetensors, SafetensorsError } from "./data/safetensors.ts";
export { fromTorchStateDict, torchName, TorchWeightsError } from "./data/torch_weights.ts";
export { graphToDot, dotToSvg, inspectDot, writeGraphPictures } from "./cli/dot.ts";

// ---- the model API: fit / evaluate / predict / summary over compiled entries, callbacks, metrics, data ----
export { model, Model, readWeightsFile } from "./model/model.ts";
export type { ModelOptions, FitOptions, EvaluateOptions, History, ModelBackend } from "./model/model.ts";
export { callbacks, csvLogger, earlyStopping, learningRateSchedule, modelCheckpoint, onEpoch, progressBar, runLog } from "./train/callbacks.ts";
export type { Callback, TrainingContext, BatchLogs, EpochLogs } from "./train/callbacks.ts";
export type { MetricSpec } from "./model/graphs.ts";
export { buildPredictGraph, buildEvaluateGraph } from "./model/graphs.ts";
export { readCsvDataset, CsvError } from "./data/csv.ts";
export { readImage, readImageFolder, ImageError } from "./data/images.ts";
/** Image augmentations for fit's `augment` option: flipHorizontal, shift, rotate, zoom, gaussianNoise, compose. */
export * as augment from "./data/augment.ts";

// ---- sequences and text ----
/** Text: tokenizer, vocabulary, padding/truncation, the SpamAssassin and first-names corpora. */
export * as text from "./data/text/index.ts";

// ---- input validation: the checks behind the errors ----
export type { FeedCheckOptions } from "./runtime/feeds.ts";
export { checkOptions } from "./dsl/options.ts";
export type { OptionSpec, OptionRule } from "./dsl/options.ts";
export { checkOptimizer } from "./train/optimizers.ts";
export { checkLabels, checkDatasetLabels } from "./data/labels.ts";
