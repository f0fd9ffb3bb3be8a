// Sections and their heading paths (text/sections.ts, through convertArticle): a heading closes every open
// heading of its level or deeper; the lead is everything before the first heading.
import { expect, test } from 'vitest';
import { convertArticle } from '../../src/index.js';
import { splitSentences } from '../../src/text/sentences.js';

test('paths follow the heading levels: siblings replace each other, a shallower heading closes the deeper ones', () => {
  const wiki = [
    'লিড',
    '==ক==',
    'এক',
    '===খ===',
    'দুই',
    '==গ==',
    'তিন',
    '===ঘ===',
    'চার',
    '====ঙ====',
    'পাঁচ',
    '===চ===',
    'ছয়',
    '==ছ==',
    '==জ==',
  ].join('\n');
  const r = convertArticle(wiki);
  expect(r.sections.map((s) => [s.heading, s.level, s.path.join('/'), s.text])).toEqual([
    ['', 0, '', 'লিড'],
    ['ক', 2, 'ক', 'এক'],
    ['খ', 3, 'ক/খ', 'দুই'],
    ['গ', 2, 'গ', 'তিন'],
    ['ঘ', 3, 'গ/ঘ', 'চার'],
    ['ঙ', 4, 'গ/ঘ/ঙ', 'পাঁচ'],
    ['চ', 3, 'গ/চ', 'ছয়'],
    ['ছ', 2, 'ছ', ''],
    ['জ', 2, 'জ', ''],
  ]);
  expect(r.sections.map((s) => wiki.slice(s.start, s.end).split('\n')[0])).toEqual([
    'লিড',
    '==ক==',
    '===খ===',
    '==গ==',
    '===ঘ===',
    '====ঙ====',
    '===চ===',
    '==ছ==',
    '==জ==',
  ]);
});

test('a heading with markup: its title is the text a reader sees', () => {
  const r = convertArticle("==[[ঢাকা]]র '''ইতিহাস'''==\nক");
  expect(r.sections[1]).toMatchObject({ heading: 'ঢাকার ইতিহাস', path: ['ঢাকার ইতিহাস'], text: 'ক' });
});

test('no heading: one lead section over the whole text', () => {
  const r = convertArticle('ক খ।\nগ');
  expect(r.sections).toEqual([{ heading: '', level: 0, path: [], text: 'ক খ।\nগ', start: 0, end: 6, appendix: false }]);
});

test('sentences: trimmed spans, ends kept, empty ones skipped', () => {
  const text = '  ক খ।  গ?!\n\n ঘ॥ ঙ৷\n  চ  ';
  const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
  expect(spans).toEqual(['ক খ।', 'গ?!', 'ঘ॥', 'ঙ৷', 'চ']);
  expect(splitSentences(' \n ')).toEqual([]);
  expect(splitSentences('ক')).toEqual([{ start: 0, end: 1 }]);
});

test('a heading reads as a reader sees it: runs of spaces collapse, links show their label', () => {
  const r = convertArticle('==চীন  ([[:en:History of geography|History  of geography]])==\nএক');
  expect(r.sections.map((s) => [s.heading, s.path])).toEqual([
    ['', []],
    ['চীন (History of geography)', ['চীন (History of geography)']],
  ]);
});
