// An event's `start`/`end` is the span of its sentence in the wikitext and holds its date (the corpus
// test checks it on 300 articles; the fuzzer on generated wikitext). Found by the fuzzer: when the
// sentence ends in a date template, the span ends one character after the template's start, since the
// rendered text's last character maps back to the template's first; fixed by widening the span.
import { expect, test } from 'vitest';
import { extractEvents } from '../../src/index.js';

test('a prose event ending in a plain date: the span is the sentence, holding the date', () => {
  const s = 'তিনি ১৯৪০ সালের ১৭ মার্চ জন্মগ্রহণ করেন। পরে ঢাকায় যান।';
  const [e] = extractEvents(s);
  expect([e!.start, e!.end]).toEqual([0, s.indexOf('।') + 1]);
  expect(s.slice(e!.date.start, e!.date.end)).toBe('১৯৪০ সালের ১৭ মার্চ');
});

// Was a known bug (the span ended one past the template's start): fixed, the span is widened to its date.
test('a sentence ending in a birth template: the event span holds the template', () => {
  const s = 'তিনি জন্মগ্রহণ করেন {{জন্ম তারিখ|১৯৪০|৩|১৭}}';
  const [e] = extractEvents(s);
  expect(e!.kind).toBe('birth');
  expect([e!.date.start, e!.date.end]).toEqual([s.indexOf('{{'), s.length]);
  expect(e!.start).toBeLessThanOrEqual(e!.date.start);
  expect(e!.end).toBe(s.length);
});
