// The CLI writes a record's JSON in slices of at most WRITE_SLICE characters (each slice's bytes stay under
// malloc's mmap threshold), never cutting a surrogate pair: `…ক😀খ…` split at the emoji keeps it whole.
import { expect, test } from 'vitest';
import { slices, WRITE_SLICE } from '../../src/cli/convert.js';

test('a short record is one slice; a long one is cut into slices that join back into it', () => {
  expect([...slices('{"title":"ঢাকা"}')]).toEqual(['{"title":"ঢাকা"}']);
  const long = 'বাংলা'.repeat(WRITE_SLICE); // five times the slice length
  const parts = [...slices(long)];
  expect(parts.join('')).toBe(long);
  expect(parts.length).toBe(5);
  for (const p of parts) expect(p.length).toBeLessThanOrEqual(WRITE_SLICE);
});

test('no slice ends inside a surrogate pair, wherever the pairs fall', () => {
  for (const shift of [0, 1, 2, 3]) {
    const s = 'ক'.repeat(WRITE_SLICE - 1 - shift) + '😀𝄞'.repeat(WRITE_SLICE);
    const parts = [...slices(s)];
    expect(parts.join('')).toBe(s);
    for (const p of parts) {
      const last = p.charCodeAt(p.length - 1);
      const first = p.charCodeAt(0);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false); // no high surrogate left at the end
      expect(first >= 0xdc00 && first <= 0xdfff).toBe(false); // no low surrogate at the start
      expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p); // encodes without U+FFFD
    }
  }
});
