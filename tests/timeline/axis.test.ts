// The time axis: clusters cut apart at long empty gaps, pixels shared by years and events, Bengali labels.
// `[-300] … [1947, 1971, 2001]` → two clusters with a break; `-300` → `খ্রিস্টপূর্ব ৩০০`.
import { describe, expect, it } from 'vitest';
import { BREAK, scaleOf, segmentsOf, ticksOf, yearLabel } from '../../src/timeline/axis.js';

const points = (...years: number[]) => years.map((y) => ({ from: y, to: y }));

describe('time axis', () => {
  it('labels years in Bengali digits, BCE with its word', () => {
    expect(yearLabel(1971)).toBe('১৯৭১');
    expect(yearLabel(-300)).toBe('খ্রিস্টপূর্ব ৩০০');
  });

  it('cuts a centuries-long empty gap out of the axis, with a break', () => {
    const segs = segmentsOf(points(-300, -280, 1947, 1950, 1971, 1990, 2001), 1000);
    const gaps = segs.filter((s) => s.gap);
    expect(gaps).toHaveLength(1);
    expect(gaps[0].from).toBeGreaterThan(1900);
    const before = segs[segs.indexOf(gaps[0]) - 1];
    expect(gaps[0].x0 - before.x1).toBeCloseTo(BREAK);
    expect(segs[segs.length - 1].x1).toBeCloseTo(1000);
  });

  it('keeps a continuous run of years in one cluster with no break', () => {
    expect(segmentsOf(points(1900, 1920, 1950, 1971), 800).some((s) => s.gap)).toBe(false);
  });

  it('maps years to increasing pixels across the pieces', () => {
    const scale = scaleOf(segmentsOf(points(-2500, -300, 500, 1200, 1757, 1947, 1971, 1990, 2001, 2020), 1000));
    const xs = [-2500, -300, 500, 1200, 1757, 1947, 1971, 2020].map((y) => scale(y));
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]);
  });

  it('gives the crowded decades more pixels than the sparse centuries', () => {
    const years = [-500, 0, 500, 1000, ...Array.from({ length: 40 }, (_, i) => 1980 + i)];
    const scale = scaleOf(segmentsOf(points(...years), 1000));
    expect(scale(2019) - scale(1980)).toBeGreaterThan(scale(1000) - scale(0));
  });

  it('puts whole-year ticks inside the view, far enough apart for their labels', () => {
    const segs = segmentsOf(points(-300, 1947, 1971, 2001), 1000);
    const ticks = ticksOf(segs, 1, 0, 1000);
    expect(ticks.length).toBeGreaterThan(2);
    for (const t of ticks) {
      expect(Number.isInteger(t.year)).toBe(true);
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x).toBeLessThanOrEqual(1000);
    }
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].x - ticks[i - 1].x).toBeGreaterThanOrEqual(48);
  });

  it('shows finer ticks when zoomed in', () => {
    const segs = segmentsOf(points(1900, 1925, 1950, 1975, 2000), 1000);
    const wide = ticksOf(segs, 1, 0, 1000);
    const zoomed = ticksOf(segs, 8, -4000, 1000);
    const step = (t: { year: number }[]) =>
      t
        .slice(1)
        .map((x, i) => x.year - t[i].year)
        .sort((a, b) => a - b)[Math.floor((t.length - 1) / 2)];
    expect(step(zoomed)).toBeLessThan(step(wide));
  });
});
