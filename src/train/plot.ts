// Small, dependency-free SVG line charts: the learning-rate schedule plot and the loss/accuracy plot of
// a training run. One chart is a framed panel with ticks, a grid, labelled axes and a legend.

export interface Series {
  readonly name: string;
  readonly points: readonly (readonly [number, number])[];
  /** CSS color; a default palette is used when missing. */
  readonly color?: string;
}

export interface ChartSpec {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly Series[];
  /** "log" draws y on a log10 axis (positive values only; falls back to linear otherwise). */
  readonly yScale?: "linear" | "log";
  /** The y axis never leaves this range (e.g. [0, 100] for a percentage). */
  readonly yLimits?: readonly [number, number];
  /** x is a count (epochs): ticks only at integers. */
  readonly xIntegers?: boolean;
}

const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"];

/** One colour per series name across every panel of a run's plot. */
export const SERIES_COLORS: Readonly<Record<string, string>> = { train: PALETTE[0]!, test: PALETTE[1]!, validation: PALETTE[2]! };
const PANEL_W = 640;
const PANEL_H = 300;
const MARGIN = { left: 70, right: 20, top: 34, bottom: 46 };

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** "Nice" tick values (1, 2, 5 × 10ᵏ steps) covering [lo, hi]. */
export function niceTicks(lo: number, hi: number, target = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  // Of the 1-2-5 steps around the raw step, the one whose tick count is closest to the target.
  const count = (s: number) => Math.floor(hi / s + 1e-9) - Math.ceil(lo / s - 1e-9) + 1;
  const step = [1, 2, 5, 10]
    .map((m) => m * mag)
    .reduce((best, s) => (Math.abs(count(s) - target) < Math.abs(count(best) - target) ? s : best));
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

function formatTick(v: number): string {
  if (v === 0) return "0";
  const a = Math.abs(v);
  return a >= 1e5 || a < 1e-3 ? v.toExponential(1) : String(Number(v.toPrecision(4)));
}

function extent(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return [0, 1];
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  return [lo, hi];
}

/** Powers of ten covering [lo, hi] (log axis ticks), with 2× and 5× between when there are few. */
export function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  const few = Math.log10(hi / lo) < 2;
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of few ? [1, 2, 5] : [1]) {
      const v = Number((m * 10 ** e).toPrecision(12));
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) ticks.push(v);
    }
  }
  return ticks.length ? ticks : [lo];
}

/** Integer ticks for a count axis: nice steps of at least 1. */
function integerTicks(lo: number, hi: number, target: number): number[] {
  return niceTicks(lo, hi, target).filter((t) => Number.isInteger(t)).length >= 2
    ? niceTicks(lo, hi, target).filter((t) => Number.isInteger(t))
    : Array.from({ length: Math.floor(hi) - Math.ceil(lo) + 1 }, (_, i) => Math.ceil(lo) + i);
}

interface YAxis {
  readonly ticks: number[];
  readonly lo: number;
  readonly hi: number;
  /** The value as drawn (log10 on a log axis). */
  readonly t: (y: number) => number;
}

function yAxis(chart: ChartSpec, ys: readonly number[]): YAxis {
  const finite = ys.filter(Number.isFinite);
  if (chart.yScale === "log" && finite.length && finite.every((y) => y > 0)) {
    const lo = Math.min(...finite);
    const hi = Math.max(...finite) * (lo === Math.max(...finite) ? 10 : 1);
    const top = hi * 10 ** (0.08 * chart.series.length * Math.max(1, Math.log10(hi / lo)));
    return { ticks: logTicks(lo, top), lo: Math.log10(lo) - 0.02, hi: Math.log10(top), t: Math.log10 };
  }
  // Headroom above the data for the legend, a little below so the curve does not sit on the frame.
  const [dataLo, dataHi] = extent(ys);
  const span = dataHi - dataLo;
  let [padLo, padHi] = [dataLo - 0.03 * span, dataHi + 0.02 * span + 0.05 * span * chart.series.length];
  if (chart.yLimits) [padLo, padHi] = [Math.max(chart.yLimits[0], padLo), Math.min(chart.yLimits[1], padHi)];
  const ticks = niceTicks(padLo, padHi).filter((t) => !chart.yLimits || (t >= chart.yLimits[0] && t <= chart.yLimits[1]));
  return { ticks, lo: Math.min(padLo, ticks[0] ?? padLo), hi: Math.max(padHi, ticks[ticks.length - 1] ?? padHi), t: (y) => y };
}

/** One chart panel as SVG elements, drawn with its top-left corner at (0, y0). */
function panel(chart: ChartSpec, y0: number): string {
  const xs = chart.series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = chart.series.flatMap((s) => s.points.map((p) => p[1]));
  const [x0, x1] = extent(xs);
  const axis = yAxis(chart, ys);
  const yTicks = axis.ticks;
  const [ylo, yhi] = [axis.lo, axis.hi];
  const w = PANEL_W - MARGIN.left - MARGIN.right;
  const h = PANEL_H - MARGIN.top - MARGIN.bottom;
  const sx = (x: number) => MARGIN.left + ((x - x0) / (x1 - x0)) * w;
  const sy = (y: number) => y0 + MARGIN.top + h - ((axis.t(y) - ylo) / (yhi - ylo)) * h;
  const out: string[] = [];
  out.push(`<text x="${PANEL_W / 2}" y="${y0 + 20}" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(chart.title)}</text>`);
  for (const t of yTicks) {
    out.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + w}" y1="${sy(t).toFixed(1)}" y2="${sy(t).toFixed(1)}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${MARGIN.left - 6}" y="${(sy(t) + 4).toFixed(1)}" text-anchor="end" font-size="11">${formatTick(t)}</text>`);
  }
  for (const t of chart.xIntegers ? integerTicks(x0, x1, 8) : niceTicks(x0, x1, 8)) {
    out.push(`<line x1="${sx(t).toFixed(1)}" x2="${sx(t).toFixed(1)}" y1="${y0 + MARGIN.top + h}" y2="${y0 + MARGIN.top + h + 4}" stroke="#333"/>`);
    out.push(`<text x="${sx(t).toFixed(1)}" y="${y0 + MARGIN.top + h + 17}" text-anchor="middle" font-size="11">${formatTick(t)}</text>`);
  }
  out.push(`<rect x="${MARGIN.left}" y="${y0 + MARGIN.top}" width="${w}" height="${h}" fill="none" stroke="#333"/>`);
  out.push(`<text x="${MARGIN.left + w / 2}" y="${y0 + PANEL_H - 8}" text-anchor="middle" font-size="12">${escapeXml(chart.xLabel)}</text>`);
  const yMid = y0 + MARGIN.top + h / 2;
  const yLabel = axis.t === Math.log10 ? `${chart.yLabel} (log scale)` : chart.yLabel;
  out.push(`<text x="16" y="${yMid}" text-anchor="middle" font-size="12" transform="rotate(-90 16 ${yMid})">${escapeXml(yLabel)}</text>`);
  chart.series.forEach((s, i) => {
    const color = s.color ?? SERIES_COLORS[s.name] ?? PALETTE[i % PALETTE.length]!;
    const pts = s.points.filter((p) => Number.isFinite(p[1])).map((p) => `${sx(p[0]).toFixed(1)},${sy(p[1]).toFixed(1)}`);
    if (pts.length === 1) {
      const [cx, cy] = pts[0]!.split(",");
      out.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${color}"/>`);
    } else if (pts.length > 1) {
      out.push(`<polyline fill="none" stroke="${color}" stroke-width="1.6" points="${pts.join(" ")}"/>`);
    }
    const ly = y0 + MARGIN.top + 14 + i * 16;
    const lx = MARGIN.left + w - 150;
    out.push(`<line x1="${lx}" x2="${lx + 18}" y1="${ly - 4}" y2="${ly - 4}" stroke="${color}" stroke-width="2"/>`);
    out.push(`<text x="${lx + 24}" y="${ly}" font-size="11">${escapeXml(s.name)}</text>`);
  });
  return out.join("\n");
}

/** An SVG document with the charts stacked vertically. */
export function lineChartsSvg(charts: readonly ChartSpec[]): string {
  const height = PANEL_H * charts.length;
  const body = charts.map((c, i) => panel(c, i * PANEL_H)).join("\n");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PANEL_W}" height="${height}" viewBox="0 0 ${PANEL_W} ${height}" ` +
    `font-family="Helvetica, Arial, sans-serif">\n<rect width="100%" height="100%" fill="white"/>\n${body}\n</svg>\n`
  );
}
