// Sentence spans: `।` `॥` `৷` `?` `!` and line breaks end a sentence.
import { expect, test } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

test.each([
  ['এক। দুই। তিন', ['এক।', 'দুই।', 'তিন']],
  ['প্রশ্ন? উত্তর! শেষ৷ আর', ['প্রশ্ন?', 'উত্তর!', 'শেষ৷', 'আর']],
  ['শিরোনাম\nবাক্য এক।  \n\n বাক্য দুই॥', ['শিরোনাম', 'বাক্য এক।', 'বাক্য দুই॥']],
  ['ড. ইউনূস ২০০৬ সালে পুরস্কার পান।', ['ড. ইউনূস ২০০৬ সালে পুরস্কার পান।']],
  ['', []],
])('%j', (text, sentences) => {
  expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(sentences);
});
