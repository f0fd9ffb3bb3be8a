// The wiki facts kept once under src/site/ for every stage: date templates, citations, appendix sections.
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/index.js';
import { isAppendixSection } from '../../src/site/appendix-sections.js';
import {
  CITATION_DATE_FIELD,
  isCitation,
  isCitationDateField,
  isDateMetadataTemplate,
} from '../../src/site/citations.js';
import { DATE_TEMPLATE_NAMES, DATE_TEMPLATES } from '../../src/site/date-templates.js';
import * as templates from '../../src/site/templates.js';
import { isInfobox } from '../../src/site/templates.js';
import { all } from '../helpers.js';

describe('date templates', () => {
  test('every name is written as `template.name` gives it, so a lookup can find it', () => {
    for (const name of Object.keys(DATE_TEMPLATES)) {
      const [t] = all(parse(`{{${name.toLowerCase().replace(/ /g, '_')}|১৯৭১|৩|২৬}}`), 'template');
      expect(t!.name.toLowerCase()).toBe(name.toLowerCase());
      expect(DATE_TEMPLATES[t!.name], `{{${t!.name}}} is found`).toBe(DATE_TEMPLATES[name]);
    }
  });
  test.each([
    ['জন্ম তারিখ', 'birth', [1, 2, 3], undefined],
    ['Birth date and age', 'birth', [1, 2, 3], undefined],
    ['মৃত্যু তারিখ ও বয়স', 'death', [1, 2, 3], [4, 5, 6]],
    ['Death date', 'death', [1, 2, 3], undefined],
    ['শুরুর তারিখ', 'date', [1, 2, 3], undefined],
    ['End date', 'date', [1, 2, 3], undefined],
  ] as const)('%s → %s', (name, kind, date, birth) => {
    expect(DATE_TEMPLATES[name]).toEqual(birth ? { kind, date, birth } : { kind, date });
  });
  test('lower-cased names for stages that compare lower-case', () => {
    expect(DATE_TEMPLATE_NAMES.size).toBe(Object.keys(DATE_TEMPLATES).length);
    expect(DATE_TEMPLATE_NAMES.has('birth date and age')).toBe(true);
    expect(DATE_TEMPLATE_NAMES.has('Birth date and age')).toBe(false);
  });
  test('the old import path still gives the same objects', () => {
    expect(templates.DATE_TEMPLATES).toBe(DATE_TEMPLATES);
    expect(templates.isCitation).toBe(isCitation);
    expect(templates.isCitationDateField).toBe(isCitationDateField);
  });
});

describe('citations', () => {
  test.each([
    ['ওয়েব উদ্ধৃতি', true],
    ['বই উদ্ধৃতি', true],
    ['সংবাদ উদ্ধৃতি', true],
    ['Cite web', true],
    ['Cite journal', true],
    ['Citation', true],
    ['Sfn', true],
    ['Harvnb', true],
    ['উদ্ধৃতি প্রয়োজন', false],
    ['তথ্যছক ব্যক্তি', false],
    ['Efn', false],
    ['ওয়েব আর্কাইভ', false],
    ['Citizen', false],
    // `Cite` glued to a word, a name after the template word, and names that only contain one
    ['Citenews', true],
    ['Cite_web', true],
    ['Sfn 12', true],
    ['Harvnb 2', true],
    ['Not cite', false],
    ['Excite', false],
    ['Sfnx', false],
  ])('isCitation(%j) → %s', (name, is) => expect(isCitation(name)).toBe(is));
  test.each([
    ['ওয়েব উদ্ধৃতি', true],
    ['cite web', true],
    ['ওয়েব আর্কাইভ', true],
    ['efn', true],
    ['as of', true],
    ['sfnref', true],
    ['জন্ম তারিখ', false],
    ['তথ্যছক ব্যক্তি', false],
    ['lang', false],
    // every word but উদ্ধৃতি counts only at the start
    ['excite', false],
    ['see citation', false],
    ['nosfn', false],
    ['noharv', false],
    ['x as of', false],
    ['notefn', false],
    ['নতুন ওয়েব', false],
  ])('isDateMetadataTemplate(%j) → %s', (name, is) => expect(isDateMetadataTemplate(name)).toBe(is));
  test.each([
    ['সংগ্রহের-তারিখ', true],
    ['আর্কাইভের-তারিখ', true],
    ['access-date', true],
    ['accessdate', true],
    ['archive-date', true],
    ['তারিখ', false],
    ['date', false],
    ['year', false],
    ['শিরোনাম', false],
  ])('isCitationDateField(%j) → %s', (field, is) => expect(isCitationDateField(field)).toBe(is));
  test.each([
    ['তারিখ', true],
    ['সংগ্রহের-তারিখ', true],
    ['সাল', true],
    ['date', true],
    ['access-date', true],
    ['year', true],
    ['শিরোনাম', false],
    ['url', false],
    ['প্রকাশক', false],
  ])('CITATION_DATE_FIELD on %j → %s', (field, is) => expect(CITATION_DATE_FIELD.test(field)).toBe(is));
});

describe('infoboxes', () => {
  test.each([
    ['তথ্যছক ব্যক্তি', true],
    ['তথ্যবক্স দেশ', true],
    ['Infobox officeholder', true],
    ['Infobox', true],
    ['infobox settlement', true],
    ['তথ্যছকটি', false],
    ['Infoboxes', false],
    ['Navbox Infobox', false],
    ['ব্যক্তি তথ্যছক', false],
  ])('isInfobox(%j) → %s', (name, is) => expect(isInfobox(name)).toBe(is));
});

describe('appendix sections', () => {
  test.each([
    'তথ্যসূত্র',
    'বহিঃসংযোগ',
    'আরও দেখুন',
    'পাদটীকা',
    'আরও পড়ুন',
    'গ্রন্থপঞ্জি',
    'টীকা',
    'আরো দেখুন',
    'উৎস',
    'বহিঃ সংযোগ',
    'বহি:সংযোগ',
    'আর দেখুনঃ',
    'References',
    'external links',
    'See also',
  ])('%j is an appendix', (heading) => expect(isAppendixSection(heading)).toBe(true));
  test.each(['ইতিহাস', 'উৎসব', 'প্রাথমিক উৎস', 'শব্দের উৎস', 'প্রকাশিত গ্রন্থাবলি', 'সাইন সূত্র', 'History', ''])(
    '%j is not',
    (heading) => expect(isAppendixSection(heading)).toBe(false),
  );
});

describe('infobox fields', () => {
  test.each([
    ['feast_day', true],
    ['holiday', true],
    ['observances', true],
    ['উৎসবের_দিন', true],
    ['birth_date', false],
    ['date_start', false],
    ['term_end', false],
  ])('%s recurs every year: %s', (field, recurs) => {
    expect(templates.isInfoboxRecurringField(field)).toBe(recurs);
  });
});
