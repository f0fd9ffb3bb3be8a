// Properties of the time axis on random spans (fast-check): the pieces tile the width with a BREAK between
// clusters, every span falls inside one cluster, a cluster is cut only at a long enough empty gap, pixels grow
// with years, and the ticks are whole years inside the view, in order, far enough apart for their labels.
// e.g. spans [-300, 1947, 1971] at 1000 px → two clusters, x from 0 to 1000, ticks like ১৯৫০, ১৯৬০, ….
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BREAK, scaleOf, segmentsOf, ticksOf, yearLabel, type Segment } from '../../src/timeline/axis.js';

const span = fc
  .tuple(fc.integer({ min: -3000, max: 2030 }), fc.integer({ min: 0, max: 300 }), fc.boolean())
  .map(([from, length, point]) => ({ from, to: point ? from : from + length }));
const spans = fc.array(span, { minLength: 1, maxLength: 40 });
const width = fc.integer({ min: 320, max: 2400 });

/** The clusters: runs of segments, each run after the first starting with `gap`. */
function clustersOf(segs: Segment[]): Segment[][] {
  const out: Segment[][] = [];
  for (const s of segs) {
    if (s.gap || out.length === 0) out.push([]);
    out[out.length - 1].push(s);
  }
  return out;
}

describe('segmentsOf, on random spans', () => {
  it('tiles 0…width: contiguous pieces inside a cluster, BREAK px between clusters', () => {
    fc.assert(
      fc.property(spans, width, (ss, w) => {
        const segs = segmentsOf(ss, w);
        const clusters = clustersOf(segs);
        expect(segs[0].x0).toBe(0);
        expect(segs[0].gap).toBe(false);
        // room for every cluster: the pieces end at the width
        if (w - BREAK * (clusters.length - 1) >= clusters.length * 48)
          expect(segs[segs.length - 1].x1).toBeCloseTo(w, 6);
        clusters.forEach((c, i) => {
          expect(c.length).toBeLessThanOrEqual(8);
          for (let j = 0; j < c.length; j++) {
            expect(c[j].x1).toBeGreaterThan(c[j].x0);
            expect(c[j].to).toBeGreaterThan(c[j].from);
            expect(Number.isInteger(c[j].from) && Number.isInteger(c[j].to)).toBe(true);
            if (j > 0) {
              expect(c[j].x0).toBeCloseTo(c[j - 1].x1, 9);
              expect(c[j].from).toBe(c[j - 1].to);
              expect(c[j].gap).toBe(false);
            }
          }
          if (i > 0) {
            const prev = clusters[i - 1];
            expect(c[0].x0 - prev[prev.length - 1].x1).toBeCloseTo(BREAK, 9);
            expect(c[0].from).toBeGreaterThan(prev[prev.length - 1].to);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('puts each span inside one cluster, and cuts only where no span falls for max(60, range / 20) years', () => {
    fc.assert(
      fc.property(spans, width, (ss, w) => {
        const clusters = clustersOf(segmentsOf(ss, w)).map((c) => ({ from: c[0].from, to: c[c.length - 1].to }));
        for (const s of ss)
          expect(
            clusters.some((c) => c.from <= s.from && s.to <= c.to),
            JSON.stringify(s),
          ).toBe(true);
        const min = Math.min(...ss.map((s) => s.from));
        const max = Math.max(...ss.map((s) => s.to));
        const gap = Math.max(60, (max - min) / 20);
        for (let i = 1; i < clusters.length; i++) {
          const lastBefore = Math.max(...ss.filter((s) => s.to <= clusters[i - 1].to).map((s) => s.to));
          const firstAfter = Math.min(...ss.filter((s) => s.from >= clusters[i].from).map((s) => s.from));
          expect(firstAfter - lastBefore).toBeGreaterThan(gap);
        }
        // and where the spans leave such a gap, there is a cut
        const sorted = [...ss].sort((a, b) => a.from - b.from);
        let reach = sorted[0].to;
        let cuts = 0;
        for (const s of sorted.slice(1)) {
          if (s.from - reach > gap) cuts++;
          reach = Math.max(reach, s.to);
        }
        expect(clusters.length - 1).toBe(cuts);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the spans', () => {
    fc.assert(
      fc.property(spans, width, (ss, w) => {
        expect(segmentsOf([...ss].reverse(), w)).toEqual(segmentsOf(ss, w));
      }),
      { numRuns: 100 },
    );
  });

  it('maps years to pixels that grow with the year, the spans inside 0…width', () => {
    fc.assert(
      fc.property(spans, width, (ss, w) => {
        const segs = segmentsOf(ss, w);
        const scale = scaleOf(segs);
        const years = [...new Set(ss.flatMap((s) => [s.from, s.to]))].sort((a, b) => a - b);
        const xs = years.map((y) => scale(y));
        for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]);
        for (const x of xs) {
          expect(x).toBeGreaterThan(0);
          expect(x).toBeLessThan(segs[segs.length - 1].x1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('an empty axis is 1900–2030 across the width', () => {
    expect(segmentsOf([], 700)).toEqual([{ from: 1900, to: 2030, x0: 0, x1: 700, gap: false }]);
  });

  it('cuts at a gap of more than 60 years, not at 60; on a long range at more than a twentieth of it', () => {
    const cut = (...years: number[]) =>
      clustersOf(
        segmentsOf(
          years.map((y) => ({ from: y, to: y })),
          1000,
        ),
      ).length - 1;
    expect(cut(1900, 1960)).toBe(0);
    expect(cut(1900, 1961)).toBe(1);
    // range 5000 years: the gap must exceed 250
    expect(cut(-3000, 1700, 1950, 2000)).toBe(1);
    expect(cut(-3000, 1700, 1949, 2000)).toBe(1);
    expect(cut(-3000, -2750, 2000)).toBe(1);
    expect(cut(-3000, -2749, 2000)).toBe(2);
    expect(cut(-3000, -2751, -2500, 2000)).toBe(2);
  });
});

describe('ticksOf, on random spans, zooms and shifts', () => {
  it('gives whole years in order, inside the view, with room for each label (95 px beside a BCE one, else 48)', () => {
    fc.assert(
      fc.property(
        spans,
        width,
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (ss, w, k, at) => {
          const segs = segmentsOf(ss, w);
          const tx = -at * (k * w - w);
          const ticks = ticksOf(segs, k, tx, w);
          const scale = scaleOf(segs);
          for (const [i, t] of ticks.entries()) {
            expect(Number.isInteger(t.year)).toBe(true);
            expect(t.x).toBeGreaterThanOrEqual(-1e-6);
            expect(t.x).toBeLessThanOrEqual(w + 1e-6);
            expect(t.x).toBeCloseTo(k * scale(t.year) + tx, 6);
            if (i > 0) {
              const last = ticks[i - 1];
              expect(t.year).toBeGreaterThan(last.year);
              expect(t.x - last.x).toBeGreaterThanOrEqual(t.year < 0 || last.year < 0 ? 95 : 48);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('labels a wide enough view, and none of a segment shown narrower than 40 px', () => {
    const segs = segmentsOf([{ from: 1900, to: 2000 }], 1000);
    expect(ticksOf(segs, 1, 0, 1000).length).toBeGreaterThanOrEqual(5);
    const one = [{ from: 1900, to: 2000, x0: 0, x1: 39, gap: false }];
    expect(ticksOf(one, 1, 0, 1000)).toEqual([]);
    expect(ticksOf([{ ...one[0], x1: 40 }], 1, 0, 1000).length).toBeGreaterThan(0);
    // shifted out of view to the left
    expect(ticksOf(segs, 2, -2000, 1000)).toEqual([]);
  });

  it('yearLabel: Bengali digits, BCE with its word, year 0 without it', () => {
    expect([yearLabel(0), yearLabel(-1), yearLabel(2024)]).toEqual(['০', 'খ্রিস্টপূর্ব ১', '২০২৪']);
  });
});
