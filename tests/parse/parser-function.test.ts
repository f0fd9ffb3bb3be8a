// Parser functions and magic-word functions `{{#if:…}}`, `{{DEFAULTSORT:…}}`: the name before the
// `:` (Bengali synonyms resolve to the same id), the first argument is the text after the `:`,
// `|`-separated arguments follow; `#switch` cases are named arguments.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p, source } from '../helpers.js';

describe('parserFunction', () => {
  // input → name, arguments as `name=value` / `value`
  test.each([
    ['{{#if:ক|খ|গ}}', '#if', ['ক', 'খ', 'গ']],
    ['{{#if: {{{নাম|}}} | নাম আছে | নাম নেই }}', '#if', [' {{{নাম|}}} ', ' নাম আছে ', ' নাম নেই ']],
    ['{{#switch:ক|ক=খ|#default=গ}}', '#switch', ['ক', 'ক=খ', '#default=গ']],
    ['{{#expr: 30193 / 100 round 0}}', '#expr', [' 30193 / 100 round 0']],
    ['{{#invoke:তথ্যছক|মূল|শিরোনাম=পদ্মা}}', '#invoke', ['তথ্যছক', 'মূল', 'শিরোনাম=পদ্মা']],
    ['{{formatnum:১২৩৪}}', 'formatnum', ['১২৩৪']],
    ['{{নম্বর_বিন্যাস:১২৩৪}}', 'formatnum', ['১২৩৪']],
    ['{{পূর্বনির্ধারিত_বাছাই:পদ্মা সেতু}}', 'defaultsort', ['পদ্মা সেতু']],
    ['{{প্রদর্শনের_শিরোনাম:ক}}', 'displaytitle', ['ক']],
    ['{{lc:ক}}', 'lc', ['ক']],
    ['{{ns:6}}', 'ns', ['6']],
  ] as const)('%j → %s', (input, name, expected) => {
    const root = p(input);
    const [f] = all(root, 'parserFunction');
    expect(f.name).toBe(name);
    expect(
      f.children.map((a) => (a.name !== undefined ? `${a.name}=${source(a.children)}` : source(a.children))),
    ).toEqual(expected);
    expectPositions(root, input);
  });

  test('#switch over several lines keeps the case names and positions', () => {
    const input = '{{#switch: {{{ধরন|সড়ক}}}\n | সড়ক = সড়ক সেতু\n | রেল = রেল সেতু\n | #default = অন্যান্য\n}}';
    const root = p(input);
    const [f] = all(root, 'parserFunction');
    expect(f.children.slice(1).map((a) => a.name)).toEqual(['সড়ক', 'রেল', '#default']);
    expect(all(root, 'parameter')[0].name).toBe('ধরন');
    expectPositions(root, input);
  });

  // src/ast.ts documents ParserFunction.name as the magic word's lower-case id
  // (`DEFAULTSORT` and `পূর্বনির্ধারিত_বাছাই` are both `defaultsort`).
  test('{{DEFAULTSORT:…}} is named by its lower-case id, as src/ast.ts documents', () => {
    expect(all(p('{{DEFAULTSORT:ঠাকুর, রবীন্দ্রনাথ}}'), 'parserFunction')[0].name).toBe('defaultsort');
  });
});
