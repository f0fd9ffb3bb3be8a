// Sentence spans: `।` `॥` `৷` `?` `!` and line breaks end a sentence.
import { expect, test } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';
import { seededRandom } from '../helpers.js';

test.each([
  ['এক। দুই। তিন', ['এক।', 'দুই।', 'তিন']],
  ['প্রশ্ন? উত্তর! শেষ৷ আর', ['প্রশ্ন?', 'উত্তর!', 'শেষ৷', 'আর']],
  ['শিরোনাম\nবাক্য এক।  \n\n বাক্য দুই॥', ['শিরোনাম', 'বাক্য এক।', 'বাক্য দুই॥']],
  ['ড. ইউনূস ২০০৬ সালে পুরস্কার পান।', ['ড. ইউনূস ২০০৬ সালে পুরস্কার পান।']],
  ['', []],
])('%j', (text, sentences) => {
  expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(sentences);
});

/** The rule as a regex (what splitSentences does by code unit): an end run stays in its sentence, `\n` does not: `ক?! খ\nগ` → [0, 3], [4, 5], [6, 7]. */
function reference(text: string): [number, number][] {
  const out: [number, number][] = [];
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push([a, b]);
  };
  const ends = /[\u0964\u0965\u09f7?!]+|\n/g;
  let from = 0;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    push(from, m[0] === '\n' ? m.index : m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

test('every blank JavaScript knows is trimmed, and end runs split as the regex rule says', () => {
  const pieces = [
    'ক',
    'a',
    ' ',
    '\t',
    '\n',
    '\r',
    '\v',
    '\f',
    '\u00a0',
    '\u2003',
    '\u202f',
    '\u3000',
    '\ufeff',
    '\u200b',
    '।',
    '॥',
    '৷',
    '?',
    '!',
    '.',
    '\u2028',
  ];
  const next = seededRandom(7);
  for (let i = 0; i < 3000; i++) {
    let text = '';
    for (let j = next(20); j > 0; j--) text += pieces[next(pieces.length)];
    expect(splitSentences(text).map((s) => [s.start, s.end])).toEqual(reference(text));
  }
});
