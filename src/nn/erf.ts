// erf and the exact GELU, composed from primitives (there is no erf primitive), so they differentiate
// and fuse like any elementwise chain. erf is Abramowitz & Stegun 7.1.26: |error| ≤ 1.5e-7, below
// float32's resolution near 1. PyTorch's nn.GELU() is the exact form; nn.gelu here is the tanh one.
import type { Tensor } from "../dsl/tensor.ts";

const ERF_P = 0.3275911;
const ERF_A = [0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429] as const;

export function erf(x: Tensor): Tensor {
  const ax = x.abs();
  const t = ax.mul(ERF_P).add(1).reciprocal();
  let poly = t.mul(ERF_A[4]);
  for (let i = 3; i >= 0; i--) poly = poly.add(ERF_A[i]!).mul(t);
  return poly.mul(ax.square().neg().exp()).rsub(1).mul(x.sign());
}

/** x·Φ(x) = ½x(1 + erf(x/√2)): PyTorch's default GELU and ONNX's Gelu with approximate = "none". */
export function geluExact(x: Tensor): Tensor {
  return x.mul(erf(x.mul(Math.SQRT1_2)).add(1)).mul(0.5);
}
