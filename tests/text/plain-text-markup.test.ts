// toPlainText on single pieces of markup a reader sees as text or as a break (each row kills mutants of
// src/text/plain-text.ts that the fixture tests let through).
import { describe, expect, test } from 'vitest';
import { toPlainText } from '../../src/index.js';

describe('toPlainText: symbols, breaks, numbers, link labels', () => {
  test.each([
    ['ক{{!}}খ{{=}}গ', 'ক|খ=গ'], // magic words that stand for a character
    ['ক<br>খ<br/>গ', 'ক\nখ\nগ'],
    ['ক</br>খ', 'ক\nখ'], // a misspelt break still breaks
    ['ক<div>খ', 'ক\nখ'],
    ['ক<li>খ', 'ক\nখ'],
    ['ক<center>খ', 'ক\nখ'],
    ['ক<blockquote>খ', 'ক\nখ'],
    ['ক<tr>খ', 'ক\nখ'],
    ['ক<span>খ</span>গ', 'কখগ'],
    ['ক<b>খ</b>গ', 'কখগ'],
    ['ক<pre2>খ', 'ক<pre2>খ'],
    ['ক<divx>খ', 'ক<divx>খ'],
    ['{{formatnum:1234567}} টাকা', '১২৩৪৫৬৭ টাকা'], // bnwiki prints Bengali digits
    ['[[:en:Foo]]র ক', 'en:Fooর ক'], // an interwiki link without a label: its target, with the trail
    ['[[ক|খ|গ]]', 'খ|গ'], // a page link's label is everything after the first |
    ['ক&nbsp;খ', 'ক খ'],
    ['[[চিত্র:ক.jpg|থাম্ব|ছবি]] খ', 'খ'],
    ['[[বিষয়শ্রেণী:ক]] খ', 'খ'],
    ['[[en:Foo]] খ', 'খ'],
    ['a [http://x.y লেবেল] b http://z.w c', 'a লেবেল b http://z.w c'], // a bare URL is text a reader sees
  ])('%j → %j', (input, text) => {
    expect(toPlainText(input)).toBe(text);
  });
});
