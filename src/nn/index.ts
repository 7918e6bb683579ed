// The neural-network library: activations, losses, layers, normalization and initializers, all
// composed from primitives (no gradient or kernel code of their own).
export * from "./activations.ts";
export * from "./losses.ts";
export * from "./layers.ts";
export * from "./norm.ts";
export { init, initGraphParams } from "./init.ts";
export { initialize, initializeParams, fansOf, paramSeed } from "../runtime/init.ts";
export * from "./sequence.ts";
export * from "./recurrent.ts";
export * from "./attention.ts";
