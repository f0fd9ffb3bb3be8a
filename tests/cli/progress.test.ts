// Progress on stderr (src/cli/progress.ts): the elapsed time and the plain line, timed lines on a pipe, a bar on a
// terminal, nothing with --quiet. e.g. { pages: 348, bytes: 14.9 MB } after 2 s → "348 pages, 14.9 MB, 174 pages/s, 0:02".
import { describe, it, expect, vi, afterEach } from 'vitest';
import { formatElapsed, formatLine, createProgress } from '../../src/cli/progress.js';

afterEach(() => vi.useRealTimers());

/** A stream that keeps what is written (a pipe, or a terminal with isTTY). */
function stream(isTTY: boolean) {
  const written: string[] = [];
  const s = {
    isTTY,
    columns: 100,
    write: (c: string) => {
      written.push(String(c));
      return true;
    },
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on: () => s,
    removeListener: () => s,
  };
  return { s: s as unknown as NodeJS.WriteStream, written };
}

describe('formatElapsed and formatLine', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [1000, '0:01'],
    [75_000, '1:15'],
    [599_000, '9:59'],
    [3_600_000, '1:00:00'],
    [3_725_000, '1:02:05'],
    [36_061_000, '10:01:01'],
  ])('%i ms → %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });

  it('says pages, decompressed MB, pages per second and the time', () => {
    expect(formatLine({ pages: 348, bytes: 14_900_000, rawBytes: 3_000_000 }, 2000)).toBe(
      '348 pages, 14.9 MB, 174 pages/s, 0:02',
    );
    expect(formatLine({ pages: 10, bytes: 0, rawBytes: 0 }, 3000)).toBe('10 pages, 0.0 MB, 3 pages/s, 0:03');
    expect(formatLine({ pages: 10, bytes: 0, rawBytes: 0 }, 0)).toBe('10 pages, 0.0 MB, 0 pages/s, 0:00');
  });
});

describe('createProgress', () => {
  const state = { pages: 5, bytes: 1_000_000, rawBytes: 500 };

  it('--quiet writes nothing', () => {
    const { s, written } = stream(false);
    const p = createProgress({ label: 'd.xml', quiet: true, stream: s, total: 1000 });
    p.update(state);
    p.stop(state);
    expect(written).toEqual([]);
  });

  it('on a pipe: a line each interval, and a last one marked done', () => {
    vi.useFakeTimers({ now: 0 });
    const { s, written } = stream(false);
    const p = createProgress({ label: 'd.xml', quiet: false, stream: s, total: 1000, intervalMs: 5000 });
    p.update(state); // at 0 s: too early
    vi.setSystemTime(4999);
    p.update(state);
    expect(written).toEqual([]);
    vi.setSystemTime(5000);
    p.update(state);
    vi.setSystemTime(6000);
    p.update(state); // the next line is due at 10 s
    expect(written).toEqual(['bn-wikitext: d.xml: 5 pages, 1.0 MB, 1 pages/s, 0:05\n']);
    vi.setSystemTime(10_000);
    p.update({ ...state, pages: 50 });
    p.stop({ ...state, pages: 60 });
    expect(written.slice(1)).toEqual([
      'bn-wikitext: d.xml: 50 pages, 1.0 MB, 5 pages/s, 0:10\n',
      'bn-wikitext: d.xml: 60 pages, 1.0 MB, 6 pages/s, 0:10, done\n',
    ]);
  });

  it('on a terminal: a bar with the label, the share read of the file, and the figures', () => {
    const { s, written } = stream(true);
    const p = createProgress({ label: 'd.xml', quiet: false, stream: s, total: 1000 });
    p.update(state);
    p.stop({ ...state, pages: 9, rawBytes: 1000 });
    const text = written.join('');
    expect(text).toContain('d.xml');
    expect(text).toMatch(/100% \| 9 pages \| 1\.0 MB \| \d+ pages\/s \| 0:00/);
  });

  it('on a terminal without a known size: no percentage', () => {
    const { s, written } = stream(true);
    const p = createProgress({ label: 'standard input', quiet: false, stream: s, total: null });
    p.stop(state);
    const text = written.join('');
    expect(text).toMatch(/standard input 5 pages \| 1\.0 MB/);
    expect(text).not.toContain('%');
  });
});
