// `----` (four or more hyphens) at the start of a line is a horizontal rule; elsewhere it is text.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p } from '../helpers.js';

describe('horizontalRule', () => {
  test.each([
    ['----', '----'],
    ['------', '------'],
    ['ক\n----\nখ', '----'],
  ])('%j', (input, value) => {
    const root = p(input);
    expect(all(root, 'horizontalRule').map((h) => h.value)).toEqual([value]);
    expectPositions(root, input);
  });

  test.each(['---', 'ক ----', ' ----'])('%j is text', (input) => {
    expect(all(p(input), 'horizontalRule')).toHaveLength(0);
  });
});
