// Property tests over generated wikitext (issue 6), with fast-check: mixtures of every construct's
// delimiters (`[[ ]] {{ }} {{{ }}} | = ''' <ref> <!-- {| |- ! || * # : ; == ---- <nowiki> <math>
// [http:// ] &nbsp; __NOTOC__`), Bengali text (letters, vowel signs, ০–৯, `।`, `৷`, য় precomposed and
// as য + ◌়), dates, ASCII, `\r\n`, lone surrogates, NUL and BOM — and well-formed nestings of the same
// constructs with garbage inside. For every input:
//   - `parse` never throws nor falls back (no grammar failure), `stringify(parse(s)) === s`, positions
//     nested and in bounds (checkTree), with `flattened` auto, forced on and forced off;
//   - `toPlainText` is the same from the string and from the tree, with blank runs collapsed;
//     event offsets lie in [0, s.length], `s.slice(date.start, date.end) === date.text` and the
//     sentence span holds its date; `convertArticle`'s sections tile the input;
// Real wikitext (the fixtures) cut at random places and edited with the same tokens is a source too.
//   - `extractDates` offsets slice back to each mention's text.
// `npm test` runs FUZZ_RUNS (default 300) cases per property; `npm run fuzz` runs 20 000.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convertArticle, extractDates, extractEvents, parse, stringify, toPlainText } from '../src/index.js';
import { checkDates, checkEvents, checkPlainText, checkRecord, checkTree } from './invariants.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300) || 300;
/** Generous per-test timeout: the long run (`npm run fuzz`) must not be cut off by vitest. */
const TIMEOUT = Math.max(60_000, RUNS * 60);
const params = { numRuns: RUNS };

// ---------------------------------------------------------------- pieces of wikitext

const DELIMITERS = [
  '[[',
  ']]',
  '{{',
  '}}',
  '{{{',
  '}}}',
  '|',
  '=',
  "'''",
  "''",
  "'''''",
  '<ref>',
  '</ref>',
  '<ref name=a/>',
  '<ref name="খ">',
  '<!--',
  '-->',
  '{|',
  '|-',
  '|}',
  '|+',
  '!',
  '!!',
  '||',
  '*',
  '#',
  ':',
  ';',
  '==',
  '===',
  '----',
  '<nowiki>',
  '</nowiki>',
  '<math>',
  '</math>',
  '<pre>',
  '</pre>',
  '<references/>',
  '[http://',
  '[https://a.b ',
  'http://x.y/z',
  ']',
  '[',
  '&',
  '&nbsp;',
  '&amp;',
  '&#2437;',
  '&#x995;',
  '__NOTOC__',
  '__TOC__',
  '<br>',
  '<br/>',
  '<b>',
  '</b>',
  '<span style="x">',
  '</span>',
  '<div>',
  '</div>',
  '{{#if:',
  '{{#তারিখ:',
  '{{DISPLAYTITLE:',
  '#REDIRECT ',
  '#পুনর্নির্দেশ ',
  '[[চিত্র:',
  '[[File:',
  '[[বিষয়শ্রেণী:',
  '[[en:',
  'থাম্ব',
  '২০০পিক্সেল',
  '<gallery>',
  '</gallery>',
  '<poem>',
  '</poem>',
  '<',
  '>',
  '/>',
  '"',
  '~~~~',
];
const NEWLINES = [
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\n*',
  '\n#',
  '\n:',
  '\n;',
  '\n==',
  '\n{|',
  '\n|',
  '\n!',
  '\n|-',
  '\n|}',
  '\n ',
  '\n----',
];
const SPECIALS = [
  '\0',
  '\uFEFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uD83D\uDE00',
  '\u00A0',
  '\u200C',
  '\u200D',
  '\t',
  ' ',
  '  ',
  '\u2028',
  '\u0085',
];

// Bengali: consonants, independent vowels, vowel signs, virama, nukta, digits, dandas, য় both ways.
const BN_LETTERS = [...'অআইঈউঊঋএঐওঔকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহড়ঢ়য়ৎংঃঁ'];
const BN_SIGNS = [...'ািীুূৃেৈোৌ়্ৗ'];
const BN_DIGITS = [...'০১২৩৪৫৬৭৮৯'];
const BN_PUNCT = ['।', '৷', '॥', ',', '?', '!', '-', '–', '(', ')'];
const YA = ['\u09DF', '\u09AF\u09BC', '\u09DC', '\u09A1\u09BC'];
const DATE_WORDS = [
  '১৯৭১ সালের ২৬ মার্চ',
  '২১ ফেব্রুয়ারি ১৯৫২',
  '১৪২৫ বঙ্গাব্দ',
  '১লা বৈশাখ',
  '১৯৮০-এর দশকে',
  'ঊনবিংশ শতাব্দী',
  'খ্রিস্টপূর্ব ৩য় শতক',
  '১৯৪৭ থেকে ১৯৭১',
  '1971',
  'জানুয়ারি',
  'মে',
  '২০১০ সালে',
  '১৩৫০ হিজরি',
  'সেপ্টেম্বর ২০০১',
  'জন্ম তারিখ',
  'জন্ম_তারিখ',
  'মৃত্যু',
  'সংগ্রহের-তারিখ',
  'birth_date',
  'Infobox person',
  'জন্ম তারিখ ও বয়স',
  '{{জন্ম তারিখ|১৯৪০|৩|১৭}}',
  '{{birth date|1920|3|17}}',
  '{{মৃত্যু তারিখ ও বয়স|১৯৭৫|৮|১৫|১৯২০|৩|১৭}}',
  'বর্তমান',
];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
const bengaliWord = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: pick(BN_LETTERS) },
      { weight: 3, arbitrary: pick(BN_SIGNS) },
      { weight: 2, arbitrary: pick(BN_DIGITS) },
      { weight: 1, arbitrary: pick(YA) },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((xs) => xs.join(''));
const bengaliText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: bengaliWord },
      { weight: 3, arbitrary: fc.constant(' ') },
      { weight: 1, arbitrary: pick(BN_PUNCT) },
      { weight: 1, arbitrary: pick(DATE_WORDS) },
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((xs) => xs.join(''));
const ascii = fc.string({ unit: 'binary-ascii', maxLength: 6 });
const anyUnits = fc.string({ unit: 'binary', maxLength: 3 });

/** One token of flat wikitext soup. */
const token = fc.oneof(
  { weight: 10, arbitrary: pick(DELIMITERS) },
  { weight: 4, arbitrary: pick(NEWLINES) },
  { weight: 6, arbitrary: bengaliText },
  { weight: 2, arbitrary: pick(DATE_WORDS) },
  { weight: 3, arbitrary: ascii },
  { weight: 2, arbitrary: pick(SPECIALS) },
  { weight: 1, arbitrary: anyUnits },
);
/** Flat soup: any mixture of delimiters and text. */
const soup = fc.array(token, { maxLength: 60 }).map((xs) => xs.join(''));

/** Well-formed (or nearly) nestings of the constructs, with soup inside. */
const nested: fc.Arbitrary<string> = fc.letrec<{ node: string; inline: string }>(
  (tie) =>
    ({
      inline: fc
        .array(fc.oneof({ weight: 3, arbitrary: token }, { weight: 2, arbitrary: tie('node') }), { maxLength: 6 })
        .map((xs) => xs.join('')),
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        token,
        fc.tuple(tie('inline'), fc.option(tie('inline'))).map(([t, l]) => `[[${t}${l === null ? '' : `|${l}`}]]`),
        fc
          .tuple(tie('inline'), fc.array(fc.tuple(fc.option(bengaliWord), tie('inline')), { maxLength: 3 }))
          .map(([n, as]) => `{{${n}${as.map(([k, v]) => `|${k === null ? '' : `${k}=`}${v}`).join('')}}}`),
        fc.tuple(bengaliWord, fc.option(tie('inline'))).map(([n, d]) => `{{{${n}${d === null ? '' : `|${d}`}}}}`),
        tie('inline').map((x) => `<ref>${x}</ref>`),
        tie('inline').map((x) => `'''${x}'''`),
        tie('inline').map((x) => `''${x}''`),
        tie('inline').map((x) => `<!--${x}-->`),
        tie('inline').map((x) => `<nowiki>${x}</nowiki>`),
        fc.tuple(pick(['=', '==', '===']), tie('inline')).map(([e, x]) => `\n${e}${x}${e}\n`),
        fc.tuple(pick(['*', '#', ':', ';', '**', '#*', ';a:']), tie('inline')).map(([m, x]) => `\n${m}${x}`),
        fc.array(tie('inline'), { maxLength: 4 }).map((cells) => `\n{|\n|-\n| ${cells.join(' || ')}\n|}\n`),
        tie('inline').map((x) => `[http://a.b/ ${x}]`),
      ),
    }) as never,
).node;

/** Real wikitext (the golden fixtures), cut at a random place and edited with tokens at random places. */
const fixtureDir = new URL('../fixtures/', import.meta.url);
const REAL = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.wiki'))
  .map((f) => readFileSync(new URL(f, fixtureDir), 'utf8'));
const mutated = fc
  .tuple(
    fc.nat({ max: REAL.length - 1 }),
    fc.nat(),
    fc.integer({ min: 1, max: 600 }),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), token), { maxLength: 6 }),
  )
  .map(([which, at, length, edits]) => {
    const text = REAL[which];
    const start = at % Math.max(1, text.length);
    let s = text.slice(start, start + length);
    for (const [where, cut, insert] of edits) {
      const i = s.length === 0 ? 0 : where % (s.length + 1);
      s = s.slice(0, i) + insert + s.slice(i + cut);
    }
    return s;
  });

/** Generated wikitext: flat soup, edited real wikitext, nested constructs, or soup and nesting glued together. */
const wikitext = fc.oneof(
  { weight: 3, arbitrary: soup },
  { weight: 2, arbitrary: mutated },
  { weight: 3, arbitrary: nested },
  { weight: 2, arbitrary: fc.tuple(nested, soup, nested).map((xs) => xs.join('')) },
);

// ---------------------------------------------------------------- properties

/** Throws with the problems of `parse(s, options)`, if any. */
function assertParse(s: string, options?: Parameters<typeof parse>[1]): void {
  const root = parse(s, options);
  if (stringify(root) !== s) throw new Error('not lossless');
  const problems = checkTree(s, root);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

describe(`fuzz (${RUNS} runs per property)`, () => {
  test(
    'parse never throws, round-trips, positions nested and in bounds',
    () => {
      fc.assert(
        fc.property(wikitext, (s) => assertParse(s)),
        params,
      );
    },
    TIMEOUT,
  );

  test(
    'the same with flattened: true',
    () => {
      fc.assert(
        fc.property(wikitext, (s) => assertParse(s, { flattened: true })),
        params,
      );
    },
    TIMEOUT,
  );

  test(
    'the same with flattened: false',
    () => {
      fc.assert(
        fc.property(wikitext, (s) => assertParse(s, { flattened: false })),
        params,
      );
    },
    TIMEOUT,
  );

  test(
    'any string of UTF-16 units (surrogates, NUL, BOM) parses losslessly',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => assertParse(s)),
        params,
      );
    },
    TIMEOUT,
  );

  test(
    'toPlainText: the same from the string and the tree, blank runs collapsed; events point inside the input',
    () => {
      fc.assert(
        fc.property(wikitext, (s) => {
          const root = parse(s);
          expect(checkPlainText(s, toPlainText(s), toPlainText(root))).toEqual([]);
          expect(checkEvents(s, extractEvents(root))).toEqual([]);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  test(
    'convertArticle: sections tile the input, dates and events slice back',
    () => {
      fc.assert(
        fc.property(wikitext, (s) => {
          expect(checkRecord(s, convertArticle(s))).toEqual([]);
        }),
        params,
      );
    },
    TIMEOUT,
  );

  test(
    'extractDates offsets slice back, on plain text and on raw text',
    () => {
      const text = fc.oneof(
        bengaliText,
        wikitext.map((s) => toPlainText(s)),
        wikitext,
      );
      fc.assert(
        fc.property(text, (s) => {
          expect(checkDates(s, extractDates(s))).toEqual([]);
        }),
        params,
      );
    },
    TIMEOUT,
  );
});
