// The time axis: clusters of years laid side by side with a fixed break between them, so that
// `খ্রিস্টপূর্ব ৩০০` and `১৯৭১` share one axis without squeezing the centuries that hold the events.
// Each cluster is linear (d3-scale, piecewise); its labels are years in Bengali digits: `১৯৭০`, `খ্রিস্টপূর্ব ৩০০`.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { toBengaliDigits } from '../dates/digits.js';

/** A run of years shown linearly between pixels `x0` and `x1`. */
export interface Segment { from: number; to: number; x0: number; x1: number }

/** Pixels between two clusters (the break mark). */
export const BREAK = 26;

/** A year in Bengali digits; BCE (below zero) with its word: -300 → `খ্রিস্টপূর্ব ৩০০`. */
export const yearLabel = (year: number): string => (year < 0 ? `খ্রিস্টপূর্ব ${toBengaliDigits(-year)}` : toBengaliDigits(year));

/**
 * Clusters of spans: a gap longer than 60 years and a tenth of the whole range starts a new cluster.
 * Each gets pixels for half by its years and half by its events (at least 48 px).
 */
export function segmentsOf(spans: readonly { from: number; to: number }[], width: number): Segment[] {
  if (spans.length === 0) return [{ from: 1900, to: 2030, x0: 0, x1: width }];
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const min = sorted[0].from;
  const max = Math.max(...sorted.map((s) => s.to));
  const gap = Math.max(60, (max - min) / 10);
  const clusters: { from: number; to: number; n: number }[] = [];
  for (const s of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && s.from - last.to <= gap) { last.to = Math.max(last.to, s.to); last.n++; } else clusters.push({ from: s.from, to: s.to, n: 1 });
  }
  for (const c of clusters) {
    const pad = Math.max(1, (c.to - c.from) * 0.03);
    c.from = Math.floor(c.from - pad);
    c.to = Math.ceil(c.to + pad);
  }
  const years = clusters.reduce((t, c) => t + (c.to - c.from), 0);
  const share = clusters.map((c) => 0.5 * (c.to - c.from) / years + 0.5 * c.n / spans.length);
  const free = Math.max(width - BREAK * (clusters.length - 1), clusters.length * 48);
  const widths = share.map((s) => Math.max(48, s * free));
  const scaleDown = free / widths.reduce((a, b) => a + b, 0);
  let x = 0;
  return clusters.map((c, i) => {
    const w = widths[i] * scaleDown;
    const seg = { from: c.from, to: c.to, x0: x, x1: x + w };
    x += w + BREAK;
    return seg;
  });
}

/** Years → pixels across every segment (linear inside each, straight through the breaks). */
export function scaleOf(segments: readonly Segment[]): ScaleLinear<number, number> {
  return scaleLinear()
    .domain(segments.flatMap((s) => [s.from, s.to]))
    .range(segments.flatMap((s) => [s.x0, s.x1]));
}

/** Whole-year ticks of each segment's visible part, after zoom `k` and shift `tx`, in pixels 0…width. */
export function ticksOf(segments: readonly Segment[], k: number, tx: number, width: number): { x: number; year: number }[] {
  const out: { x: number; year: number }[] = [];
  for (const s of segments) {
    const a = Math.max(0, k * s.x0 + tx);
    const b = Math.min(width, k * s.x1 + tx);
    if (b - a < 24) continue;
    const local = scaleLinear().domain([s.x0, s.x1]).range([s.from, s.to]);
    const years = scaleLinear().domain([local((a - tx) / k), local((b - tx) / k)]);
    for (const year of years.ticks(Math.max(1, Math.floor((b - a) / 90)))) {
      if (Number.isInteger(year)) out.push({ x: k * scaleLinear().domain([s.from, s.to]).range([s.x0, s.x1])(year) + tx, year });
    }
  }
  return out;
}
