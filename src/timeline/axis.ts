// The time axis: clusters of years laid side by side with a fixed break between them, so that
// `খ্রিস্টপূর্ব ৩০০` and `১৯৭১` share one axis without squeezing the centuries that hold the events.
// Each cluster is linear (d3-scale, piecewise); its labels are years in Bengali digits: `১৯৭০`, `খ্রিস্টপূর্ব ৩০০`.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { toBengaliDigits } from '../dates/digits.js';

/** A run of years shown linearly between pixels `x0` and `x1`; `gap`: an empty stretch of time was cut out before it. */
export interface Segment {
  from: number;
  to: number;
  x0: number;
  x1: number;
  gap: boolean;
}

/** Pixels between two clusters (the break mark). */
export const BREAK = 26;

/** A year in Bengali digits; BCE (below zero) with its word: -300 → `খ্রিস্টপূর্ব ৩০০`. */
export const yearLabel = (year: number): string =>
  year < 0 ? `খ্রিস্টপূর্ব ${toBengaliDigits(-year)}` : toBengaliDigits(year);

/** Quantile knots of sorted `values`: at most `n + 1` strictly increasing years from the first to the last. */
function knotsOf(values: number[], from: number, to: number, n: number): number[] {
  const knots = [from];
  for (let i = 1; i < n; i++) {
    const v = Math.round(values[Math.floor((i / n) * (values.length - 1))]);
    if (v > knots[knots.length - 1] && v < to) knots.push(v);
  }
  knots.push(to);
  return knots;
}

/**
 * The axis in pieces. Clusters of spans are cut apart where no event falls for 60 years and a twentieth of
 * the whole range (a break mark, BREAK px). Inside a cluster the axis is piecewise linear through 8 quantiles
 * of its dates: each piece gets pixels half by its years and half by its events, so the crowded modern
 * decades are wide and the sparse ancient centuries narrow. Each cluster gets at least 48 px.
 */
export function segmentsOf(spans: readonly { from: number; to: number }[], width: number): Segment[] {
  if (spans.length === 0) return [{ from: 1900, to: 2030, x0: 0, x1: width, gap: false }];
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const min = sorted[0].from;
  const max = Math.max(...sorted.map((s) => s.to));
  const gap = Math.max(60, (max - min) / 20);
  const clusters: { from: number; to: number; values: number[] }[] = [];
  for (const s of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && s.from - last.to <= gap) {
      last.to = Math.max(last.to, s.to);
      last.values.push(s.from, s.to);
    } else clusters.push({ from: s.from, to: s.to, values: [s.from, s.to] });
  }
  for (const c of clusters) {
    const pad = Math.max(1, (c.to - c.from) * 0.02);
    c.from = Math.floor(c.from - pad);
    c.to = Math.ceil(c.to + pad);
    c.values.sort((a, b) => a - b);
  }
  const years = clusters.reduce((t, c) => t + (c.to - c.from), 0);
  const share = clusters.map((c) => (0.5 * (c.to - c.from)) / years + (0.5 * c.values.length) / (2 * spans.length));
  const free = Math.max(width - BREAK * (clusters.length - 1), clusters.length * 48);
  const widths = share.map((s) => Math.max(48, s * free));
  const scaleDown = free / widths.reduce((a, b) => a + b, 0);
  const out: Segment[] = [];
  let x = 0;
  clusters.forEach((c, i) => {
    const w = widths[i] * scaleDown;
    const knots = knotsOf(c.values, c.from, c.to, 8);
    const pieces = knots.length - 1;
    const parts = knots.slice(1).map((k, j) => (0.5 * (k - knots[j])) / (c.to - c.from) + 0.5 / pieces);
    let px = x;
    parts.forEach((p, j) => {
      out.push({ from: knots[j], to: knots[j + 1], x0: px, x1: px + p * w, gap: i > 0 && j === 0 });
      px += p * w;
    });
    x += w + BREAK;
  });
  return out;
}

/** Years → pixels across every segment (linear inside each, straight through the breaks). */
export function scaleOf(segments: readonly Segment[]): ScaleLinear<number, number> {
  return scaleLinear()
    .domain(segments.flatMap((s) => [s.from, s.to]))
    .range(segments.flatMap((s) => [s.x0, s.x1]));
}

/** Whole-year ticks of each segment's visible part, after zoom `k` and shift `tx`, in pixels 0…width; labels kept apart. */
export function ticksOf(
  segments: readonly Segment[],
  k: number,
  tx: number,
  width: number,
): { x: number; year: number }[] {
  const out: { x: number; year: number }[] = [];
  for (const s of segments) {
    const a = Math.max(0, k * s.x0 + tx);
    const b = Math.min(width, k * s.x1 + tx);
    if (b - a < 40) continue; // too narrow for a label
    const toX = scaleLinear().domain([s.from, s.to]).range([s.x0, s.x1]);
    const years = scaleLinear().domain([toX.invert((a - tx) / k), toX.invert((b - tx) / k)]);
    for (const year of years.ticks(Math.max(1, Math.round((b - a) / 90)))) {
      if (!Number.isInteger(year)) continue;
      const x = k * toX(year) + tx;
      const last = out[out.length - 1];
      // Room for the label: a BCE one is wider.
      if (last && (last.year === year || x - last.x < (year < 0 || last.year < 0 ? 95 : 48))) continue;
      out.push({ x, year });
    }
  }
  return out;
}
