// HTML tags MediaWiki allows (`<br>`, `<small>`, `<span …>`, `<div …>`, …): one node per tag as
// written, not paired (unbalanced tags are common on bnwiki); unknown or broken tags are text.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p } from '../helpers.js';

describe('htmlTag', () => {
  test.each([
    ['<br>', 'br', false, false],
    ['<br/>', 'br', false, true],
    ['<br />', 'br', false, true],
    ['<BR />', 'br', false, true],
    ['</br>', 'br', true, false],
    ['<small>', 'small', false, false],
    ['</center>', 'center', true, false],
    ['<span lang="bn">', 'span', false, false],
    ['<div class="notice" style="border:1px solid #aaa">', 'div', false, false],
    ['<span/>', 'span', false, true],
    ['</b>', 'b', true, false],
    ['<sup>', 'sup', false, false],
    ['<abbr title="ক">', 'abbr', false, false],
    ['<blockquote>', 'blockquote', false, false],
  ])('%j → %s', (input, name, closing, selfClosing) => {
    const root = p(input);
    const [t] = all(root, 'htmlTag');
    expect(t).toMatchObject({ name, closing, selfClosing, value: input });
    expectPositions(root, input);
  });

  test('unbalanced tags around text', () => {
    const input = '<center>মাঝখানে <small>ছোট লেখা <sup>১</sup>\nশেষ';
    const root = p(input);
    expect(all(root, 'htmlTag').map((t) => t.value)).toEqual(['<center>', '<small>']);
    expect(all(root, 'htmlElement').map((t) => t.open + t.close)).toEqual(['<sup></sup>']);
    expectPositions(root, input);
  });

  // Sanitizer: tags it refuses are text; meta and link pass only with itemprop
  test.each([
    '<ক>',
    '<div',
    '< span>',
    '<www>',
    '<img src="x.png">',
    '<nav>',
    '<meta property="mw:PageProp/toc" />',
    '<script>',
  ])('%j is text', (input) => {
    expect(all(p(input), 'htmlTag')).toHaveLength(0);
  });

  test('`<meta itemprop=…>` is a tag; brackets in attributes make no link', () => {
    expect(all(p('<meta itemprop="ক" content="খ" />'), 'htmlTag')).toHaveLength(1);
    const root = p('[[ক|লিংক <span title="[[খ]]">গ</span>]]');
    expect(all(root, 'wikiLink').map((l) => l.target)).toEqual(['ক']);
    expect(all(root, 'htmlElement')[0].open).toBe('<span title="[[খ]]">');
  });

  test('a nowiki inside an attribute belongs to the tag', () => {
    const [el] = all(p('<div style="<nowiki>color:red</nowiki>">ক</div>'), 'htmlElement');
    expect(el.open).toBe('<div style="<nowiki>color:red</nowiki>">');
  });
});
