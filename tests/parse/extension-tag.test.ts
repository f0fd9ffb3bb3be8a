// Extension tags. MediaWiki's preprocessor pairs `<name …>` with the first `</name>` (case-insensitive;
// same-name tags do not nest); `<name …/>` is self-closing; an opener with no closer is text.
// `<ref>` bodies are wikitext; nowiki, pre, math, gallery, syntaxhighlight, poem bodies are opaque.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p, source } from '../helpers.js';

describe('extensionTag', () => {
  // input → name, attributes, whether self-closing, body source
  test.each([
    ['<ref>ক</ref>', 'ref', {}, false, 'ক'],
    ['<ref name="নোবেল">খ</ref>', 'ref', { name: 'নোবেল' }, false, 'খ'],
    ['<ref name=উদ্বোধন>খ</ref>', 'ref', { name: 'উদ্বোধন' }, false, 'খ'],
    ['<ref name="নোবেল" />', 'ref', { name: 'নোবেল' }, true, ''],
    ['<ref name=ক/>', 'ref', { name: 'ক' }, true, ''],
    ["<ref name = 'ক' group=খ />", 'ref', { name: 'ক', group: 'খ' }, true, ''],
    ['<ref name="দৈর্ঘ্য" group="টীকা">প্রতিবেদন</ref>', 'ref', { name: 'দৈর্ঘ্য', group: 'টীকা' }, false, 'প্রতিবেদন'],
    ['<REF>ক</REF>', 'ref', {}, false, 'ক'],
    // same-name tags do not nest: the first </ref> closes
    ['<ref>ক<ref>খ</ref>', 'ref', {}, false, 'ক<ref>খ'],
    ['<references/>', 'references', {}, true, ''],
    ['<references group="টীকা" />', 'references', { group: 'টীকা' }, true, ''],
    ["<nowiki>[[ক]] {{খ}} '''গ'''</nowiki>", 'nowiki', {}, false, "[[ক]] {{খ}} '''গ'''"],
    ['<nowiki/>', 'nowiki', {}, true, ''],
    ['<pre>\nপূর্বনির্ধারিত [[সংযোগ নয়]]\n</pre>', 'pre', {}, false, '\nপূর্বনির্ধারিত [[সংযোগ নয়]]\n'],
    // math bodies may hold unbalanced braces
    ['<math>\\frac{1}{2}}}</math>', 'math', {}, false, '\\frac{1}{2}}}'],
    ['<math chem>H_2O</math>', 'math', { chem: '' }, false, 'H_2O'],
    [
      '<gallery mode="packed">\nচিত্র:ক.jpg|খ [[গ]]\n</gallery>',
      'gallery',
      { mode: 'packed' },
      false,
      '\nচিত্র:ক.jpg|খ [[গ]]\n',
    ],
    [
      '<syntaxhighlight lang="python">a || b {{c}}</syntaxhighlight>',
      'syntaxhighlight',
      { lang: 'python' },
      false,
      'a || b {{c}}',
    ],
    ['<poem>\nআমার সোনার বাংলা,\nআমি তোমায় ভালোবাসি।\n</poem>', 'poem', {}, false, '\nআমার সোনার বাংলা,\nআমি তোমায় ভালোবাসি।\n'],
    ['<templatestyles src="ক/styles.css" />', 'templatestyles', { src: 'ক/styles.css' }, true, ''],
  ] as const)('%j', (input, name, attributes, selfClosing, body) => {
    const root = p(input);
    const [tag] = all(root, 'extensionTag');
    expect(tag).toMatchObject({ name, attributes });
    expect(tag.close === '').toBe(selfClosing);
    expect(source(tag.children)).toBe(body);
    expectPositions(root, input);
  });

  test('a <ref> body is wikitext; opaque bodies are one text node', () => {
    const root = p(
      '<ref>{{ওয়েব উদ্ধৃতি |শিরোনাম=[[প্রথম আলো]] |তারিখ=৮ আগস্ট ২০১৮}}</ref><nowiki>[[ক]]</nowiki><math>{{x}}</math>',
    );
    const [ref, nowiki, math] = all(root, 'extensionTag');
    expect(all(ref, 'template')[0].name).toBe('ওয়েব উদ্ধৃতি');
    expect(all(ref, 'wikiLink')[0].target).toBe('প্রথম আলো');
    expect(nowiki.children.map((c) => c.type)).toEqual(['text']);
    expect(math.children.map((c) => c.type)).toEqual(['text']);
  });

  // no closer: the opener is text (only includeonly/noinclude/onlyinclude may run to the end)
  test.each(['<ref>ক', 'একটি অসমাপ্ত সূত্র<ref>প্রথম উৎস\nআরও লেখা', '<nowiki>', '<math>x'])('%j → text', (input) => {
    const root = p(input);
    expect(all(root, 'extensionTag')).toHaveLength(0);
    expectPositions(root, input);
  });

  test('positions of a ref over lines', () => {
    const input = 'প্রতিষ্ঠান।<ref>{{ওয়েব উদ্ধৃতি\n | ইউআরএল = https://www.padmabridge.gov.bd/\n}}</ref> শেষ';
    const root = p(input);
    const [ref] = all(root, 'extensionTag');
    expect(ref.position!.start).toMatchObject({ line: 1, column: 12 });
    expect(ref.position!.end).toMatchObject({ line: 3, column: 9 });
    expectPositions(root, input);
  });
});
