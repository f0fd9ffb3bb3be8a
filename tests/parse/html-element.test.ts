// HTML elements: a Sanitizer-allowed tag that opens and closes in the same children list becomes an
// htmlElement with its content as children; unclosed, stray, void and self-closing tags stay htmlTag
// tokens; a pair that would hold a heading stays two tokens. Lossless and positioned as before.
import { describe, expect, test } from 'vitest';
import { convertArticle, extractEvents, stringify, toPlainText } from '../../src/index.js';
import { all, expectPositions, p } from '../helpers.js';

describe('htmlElement', () => {
  test.each([
    ['<span style="display:none">লুকানো</span>', 'span', { style: 'display:none' }, 'লুকানো'],
    ['<small>ছোট <sup>১</sup></small>', 'small', {}, 'ছোট <sup>১</sup>'],
    ['<div class="ক">\n* তালিকা\n</div>', 'div', { class: 'ক' }, '\n* তালিকা\n'],
    ['<blockquote>উদ্ধৃতি [[ঢাকা]]</blockquote>', 'blockquote', {}, 'উদ্ধৃতি [[ঢাকা]]'],
  ])('%j → %s with its content inside', (input, name, attributes, inner) => {
    const root = p(input);
    const [el] = all(root, 'htmlElement');
    expect(el).toMatchObject({ name, attributes });
    expect(el.children.map((c) => stringify(c)).join('')).toBe(inner);
    expect(stringify(root)).toBe(input);
    expectPositions(root, input);
  });

  test('nested elements nest; the list inside a div is a list node', () => {
    const root = p('<div><small>ক</small>\n* খ\n</div>');
    const [div] = all(root, 'htmlElement');
    expect(all(div, 'htmlElement').map((e) => e.name)).toEqual(['div', 'small']);
    expect(all(div, 'list')).toHaveLength(1);
  });

  test.each([
    ['<small>খোলা', ['<small>']],
    ['বন্ধ</small>', ['</small>']],
    ['ক<br />খ', ['<br />']],
    ['<b>ক <i>খ</b> গ', ['<i>']],
    ['<div>\n== শিরোনাম ==\n</div>', ['<div>', '</div>']],
    ["''<span>ক''</span>", ['<span>', '</span>']],
  ])('%j keeps the tags %j as tokens', (input, tokens) => {
    const root = p(input);
    expect(all(root, 'htmlTag').map((t) => t.value)).toEqual(tokens);
    expectPositions(root, input);
  });
});

describe('deeply nested elements', () => {
  test('nest at most 100 deep; deeper tags stay tokens, so every walk of the tree stays within the stack', () => {
    const depth = 5000; // 3,000 overflowed the stack of toPlainText, extractEvents, convertArticle and stringify
    const input = `${'<div>'.repeat(depth)}ক${'</div>'.repeat(depth)}`;
    const root = p(input);
    expect(stringify(root)).toBe(input);
    expect(all(root, 'htmlElement').length).toBe(100);
    expect(toPlainText(root)).toBe('ক');
    expect(() => convertArticle(input)).not.toThrow();
    expect(extractEvents(root)).toEqual([]);
  });
});
