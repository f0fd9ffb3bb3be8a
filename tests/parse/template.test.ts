// Templates. MediaWiki: the name is the part before the first `|`, trimmed, `_` → space, first Latin
// letter upper-cased, without `Template:`/`টেমপ্লেট:`; an argument is named when it has an `=` outside
// nested markup (the name is the part before the FIRST `=`: `{{a|b=c=d}}` is b → "c=d"), else
// positional; an unclosed `{{` is text; `}}}` after a template leaves a `}`.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p, source } from '../helpers.js';

/** name=value or value, as strings. */
const args = (t: { children: { name?: string; children: never[] }[] }) =>
  t.children.map((a) => (a.name !== undefined ? `${a.name}=${source(a.children)}` : source(a.children)));

describe('template', () => {
  // input → name, arguments as `name=value` / `value`
  test.each([
    ['{{সূত্র তালিকা}}', 'সূত্র তালিকা', []],
    ['{{জন্ম তারিখ|১৮৬১|৫|৭}}', 'জন্ম তারিখ', ['১৮৬১', '৫', '৭']],
    [
      '{{ওয়েব উদ্ধৃতি |শিরোনাম=ক |তারিখ=১২ জানুয়ারি ২০২০ |সংগ্রহের-তারিখ=৩ মার্চ ২০২৪}}',
      'ওয়েব উদ্ধৃতি',
      ['শিরোনাম=ক ', 'তারিখ=১২ জানুয়ারি ২০২০ ', 'সংগ্রহের-তারিখ=৩ মার্চ ২০২৪'],
    ],
    // the name is the text before the first `=`; the value keeps the rest
    ['{{a|b=c=d}}', 'A', ['b=c=d']],
    ['{{সমীকরণ|ক=খ=গ}}', 'সমীকরণ', ['ক=খ=গ']],
    // an empty name is still a named argument
    ['{{ক|=খ}}', 'ক', ['=খ']],
    // `==` right after the name: the value starts with `=` (one text, not a flattened heading)
    ['{{ক|খ==গ==}}', 'ক', ['খ==গ=='], ['খ']],
    // characters that start nothing here stay in the name: a lone `'`, a `]`, an `&` that is no entity, a newline
    ["{{ক|খ'গ=ঘ}}", 'ক', ["খ'গ=ঘ"], ["খ'গ"]],
    ['{{ক|খ]গ=ঘ|চ&ছ=জ}}', 'ক', ['খ]গ=ঘ', 'চ&ছ=জ'], ['খ]গ', 'চ&ছ']],
    ['{{ক|\n খ\n = গ\n}}', 'ক', ['খ= গ\n'], ['\n খ\n ']],
    // markup in the name: split off the nodes at the first `=` after it (a comment dropped, an entity decoded)
    [
      '{{ক|খ<!-- মন্তব্য -->=গ|&amp;=ঘ|{{{১}}}=ঙ}}',
      'ক',
      ['খ=গ', '&=ঘ', '{{{১}}}=ঙ'],
      ['খ<!-- মন্তব্য -->', '&amp;', '{{{১}}}'],
    ],
    // names are trimmed (MediaWiki trims named argument names and values)
    ['{{ক| ১ = খ }}', 'ক', ['১= খ ']],
    // prefixes and spelling
    ['{{টেমপ্লেট:তথ্যছক_ব্যক্তি}}', 'তথ্যছক ব্যক্তি', []],
    ['{{Template:ক}}', 'ক', []],
    ['{{ তথ্যছক   ব্যক্তি }}', 'তথ্যছক ব্যক্তি', []],
    ['{{lang|en|Padma}}', 'Lang', ['en', 'Padma']],
    // a comment in the name is dropped by MediaWiki
    ['{{ক<!-- মন্তব্য -->|খ}}', 'ক', ['খ']],
    // links and templates inside arguments keep their own `|`
    ['{{ক|[[খ|গ]]|ঘ}}', 'ক', ['[[খ|গ]]', 'ঘ']],
    ['{{ক|{{খ|গ}}|ঙ=চ}}', 'ক', ['{{খ|গ}}', 'ঙ=চ']],
    ['{{ক|খ={{গ|ঘ=ঙ}}}}', 'ক', ['খ={{গ|ঘ=ঙ}}']],
    // a `{{{param}}}` inside is a parameter, not a template
    ['{{ক|{{{১|মান}}}}}', 'ক', ['{{{১|মান}}}']],
  ] as const)('%j → %j', (input, name, expected, rawNames?: readonly string[]) => {
    const root = p(input);
    const [t] = all(root, 'template');
    expect(t.name).toBe(name);
    expect(args(t as never)).toEqual(expected);
    if (rawNames) expect(t.children.map((a) => a.rawName)).toEqual(rawNames);
    expectPositions(root, input);
  });

  test('an infobox over many lines: fields, nested date templates, positions', () => {
    const input = [
      '{{তথ্যছক ব্যক্তি',
      '| নাম         = রবীন্দ্রনাথ ঠাকুর',
      '| জন্ম_তারিখ   = {{জন্ম তারিখ|১৮৬১|৫|৭}}',
      '| মৃত্যু_তারিখ = {{মৃত্যু তারিখ ও বয়স|১৯৪১|৮|৭|১৮৬১|৫|৭}}',
      '}}',
    ].join('\n');
    const root = p(input);
    const [box, birth, death] = all(root, 'template');
    expect(box.name).toBe('তথ্যছক ব্যক্তি');
    expect(box.children.map((a) => a.name)).toEqual(['নাম', 'জন্ম_তারিখ', 'মৃত্যু_তারিখ']);
    expect(box.children.map((a) => a.rawName)).toEqual([' নাম         ', ' জন্ম_তারিখ   ', ' মৃত্যু_তারিখ ']);
    expect(birth).toMatchObject({ name: 'জন্ম তারিখ' });
    expect(args(birth as never)).toEqual(['১৮৬১', '৫', '৭']);
    expect(death.name).toBe('মৃত্যু তারিখ ও বয়স');
    expect(birth.position!.start).toMatchObject({ line: 3, column: 18 });
    expect(death.position!.end).toMatchObject({ line: 4, column: 59 });
    expectPositions(root, input);
  });

  // unclosed and odd braces (Preprocessor: a piece without its closer is text; extra braces are text)
  test.each([
    ['{{ক', [], '{{ক'],
    ['{{ক|খ', [], '{{ক|খ'],
    ['{{অসম্পূর্ণ|প্রথম\nএবং শেষ', [], '{{অসম্পূর্ণ|প্রথম\nএবং শেষ'],
    ['{{ক}}}', ['ক'], '}'],
    ['{{ক|খ}}র', ['ক'], 'র'],
  ] as const)('%j → templates %j', (input, names, rest) => {
    const root = p(input);
    expect(all(root, 'template').map((t) => t.name)).toEqual(names);
    expect(source(root.children.filter((c) => c.type !== 'template'))).toBe(rest);
    expectPositions(root, input);
  });

  // MediaWiki outputs `{{}}` literally (an empty title is not a template; Parser::braceSubstitution)
  test('{{}} is text, not a template', () => {
    expect(all(p('ক {{}} খ'), 'template')).toHaveLength(0);
  });
});
