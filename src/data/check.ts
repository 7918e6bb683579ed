// Data against the graph it feeds, checked before anything is compiled: the rows of x must have the
// input's row shape and dtype; the targets must be what the target input declares (one-hot f32 rows
// for i32 class indices are the usual mistake, and get said so).
import type { NodeOf } from "../ir/types.ts";
import { formatShape } from "../ir/types.ts";
import { rowSize } from "./batches.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import { numel } from "../runtime/tensor.ts";

/** Rows of `t` must have the shape of the graph input's rows. */
export function checkRows(what: string, input: NodeOf<"input">, t: HostTensor): void {
  const want = input.shape.slice(1);
  if (t.shape.slice(1).join(",") !== want.join(",")) {
    throw new Error(`${what} has rows of shape [${t.shape.slice(1)}] (tensor [${t.shape}]), but the graph's '${input.attrs.name}' is ${formatShape(input.dtype, input.shape)}: rows of [${want}]`);
  }
  if (t.dtype !== input.dtype) throw new Error(`${what} expected dtype ${input.dtype}, given ${t.dtype}`);
}

export function checkTargets(what: string, target: NodeOf<"input">, y: HostTensor): void {
  const want = target.shape.slice(1);
  const given = y.shape.slice(1);
  if (target.dtype === "i32" && y.dtype === "f32" && given.length === want.length + 1) {
    throw new Error(
      `${what} expected dtype i32 class indices, rows [${want}] for '${target.attrs.name}' ${formatShape(target.dtype, target.shape)}, ` +
        `given f32 rows [${given}] (one-hot?); pass the index of each row's 1, or declare the input f32 [N,${given.join(",")}]`,
    );
  }
  if (given.join(",") !== want.join(",") && rowSize(y) !== numel(want)) {
    throw new Error(`${what} has rows of shape [${given}], but the graph's '${target.attrs.name}' is ${formatShape(target.dtype, target.shape)}`);
  }
}

