// MediaWiki's rule for a line with an odd number of both bold and italic runs (Parser::doQuotes): one
// `'''` is read as an apostrophe and `''` — the first one after a single-letter word (x'''), else the
// first after a longer word, else the first after a space. MediaWiki compares bytes, so a Bengali letter
// is never a "single-letter word" (its last two bytes are not a space and a letter).
import { expect, test } from 'vitest';
import { expectPositions, p, quotesHtml } from '../helpers.js';

test.each([
  ["a l'''amour'' b", "a l'<i>amour</i> b"], // after a single letter
  ["ab'''cd'' e", "ab'<i>cd</i> e"], // after a longer word
  ["ab '''cd'' e", "ab '<i>cd</i> e"], // after a space
  ["ক খ'''গ'' ঘ", "ক খ'<i>গ</i> ঘ"], // a Bengali single letter counts as a longer word
  ["ক খ'''গ ab'''cd'' e'''", "ক খ<b>গ ab</b>cd<i> e'</i>"], // … so a later ASCII single letter wins over it
  ["ab'''cd l'''ef'' g'''", "ab<b>cd l'<i>ef</i> g</b>"], // the single letter wins over an earlier longer word
  ["ab '''cd ef'''gh'' i'''", "ab <b>cd ef</b>gh<i> i'</i>"], // … and over an earlier space and word
  ["[[ক]]'''খ'' গ", "[[ক]]'<i>খ</i> গ"], // after a link (its source counts as the word)
  ["'''''ক''' খ''", '<i><b>ক</b> খ</i>'], // five, then three and two: both even, no rule
  ["x''''ক'''", "x'<b>ক</b>"], // four apostrophes: one is text, then bold
  ["ক'''খ'' গ\nঘ'''ঙ'''", "ক'<i>খ</i> গ\nঘ<b>ঙ</b>"], // counted per line
])('%j → %j', (input, html) => {
  const root = p(input);
  expect(quotesHtml(root.children)).toBe(html);
  expectPositions(root, input);
});
