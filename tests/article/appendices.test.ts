// Appendix sections (তথ্যসূত্র, পাদটীকা, টীকা, গ্রন্থপঞ্জি, বহিঃসংযোগ, আরও দেখুন and their English names) are
// marked in the record; `{ appendices: false }` leaves them out of `text`; no heading without text shows.
import { describe, expect, test } from 'vitest';
import { convertArticle } from '../../src/index.js';
import { isAppendixSection } from '../../src/site/appendix-sections.js';

const wiki = [
  'বাংলাদেশ দক্ষিণ এশিয়ার একটি রাষ্ট্র।',
  '== ইতিহাস ==',
  '=== প্রাচীন যুগ ===',
  'পাল ও সেন রাজবংশ।',
  '== অর্থনীতি ==',
  '{{মূল নিবন্ধ|বাংলাদেশের অর্থনীতি}}',
  '== আরও দেখুন ==',
  '* [[ভারত]]',
  '== তথ্যসূত্র ==',
  '{{সূত্র তালিকা}}',
  '=== উৎস ===',
  '* একটি বই',
  '== বহিঃসংযোগ ==',
  '* [https://bangladesh.gov.bd সরকারি ওয়েবসাইট]',
].join('\n');

describe('appendix sections', () => {
  test.each([
    ['তথ্যসূত্র', true],
    ['পাদটীকা', true],
    ['টীকা', true],
    ['গ্রন্থপঞ্জি', true],
    ['বহিঃসংযোগ', true],
    ['বহি:সংযোগ', true],
    ['বহিঃ সংযোগ', true],
    ['আরও দেখুন', true],
    ['আরো দেখুন', true],
    ['আরও পড়ুন', true],
    ['তথ্যসূত্র ও টীকা', true],
    ['References', true],
    ['External links', true],
    ['See also', true],
    ['Further reading', true],
    ['Notes', true],
    ['ইতিহাস', false],
    ['সংস্কৃতি', false],
    ['মন্তব্য', false],
    ['শব্দের উৎস', false],
    ['প্রকাশিত গ্রন্থাবলি', false],
  ])('%s → %s', (title, appendix) => {
    expect(isAppendixSection(title)).toBe(appendix);
  });

  test('the record marks appendix sections and the sections inside them', () => {
    const r = convertArticle(wiki);
    expect(r.sections.map((s) => [s.heading, s.appendix])).toEqual([
      ['', false],
      ['ইতিহাস', false],
      ['প্রাচীন যুগ', false],
      ['অর্থনীতি', false],
      ['আরও দেখুন', true],
      ['তথ্যসূত্র', true],
      ['উৎস', true],
      ['বহিঃসংযোগ', true],
    ]);
  });

  test('text keeps appendices by default, without a heading whose sections have no text', () => {
    expect(convertArticle(wiki).text).toBe(
      'বাংলাদেশ দক্ষিণ এশিয়ার একটি রাষ্ট্র।\n\nইতিহাস\n\nপ্রাচীন যুগ\nপাল ও সেন রাজবংশ।\n\nআরও দেখুন\nভারত\n\nতথ্যসূত্র\n\nউৎস\nএকটি বই\n\nবহিঃসংযোগ\nসরকারি ওয়েবসাইট',
    );
  });

  test('{ appendices: false } leaves them out of text, and the text never ends on a bare heading', () => {
    const r = convertArticle(wiki, { appendices: false });
    expect(r.text).toBe('বাংলাদেশ দক্ষিণ এশিয়ার একটি রাষ্ট্র।\n\nইতিহাস\n\nপ্রাচীন যুগ\nপাল ও সেন রাজবংশ।');
    expect(r.sections).toHaveLength(8);
  });

  test('an article that ends on an empty তথ্যসূত্র does not end on its heading', () => {
    expect(convertArticle('ক।\n\n== তথ্যসূত্র ==\n{{সূত্র তালিকা}}\n').text).toBe('ক।');
    // a section left with punctuation only counts as empty
    expect(convertArticle('ক।\n\n== উৎস ==\n{{Citation|title=খ}}.\n').text).toBe('ক।');
  });
});
