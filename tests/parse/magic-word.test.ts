// Magic variables `{{PAGENAME}}`, `{{পাতার_নাম}}`, `{{!}}`: no arguments, Bengali synonyms resolve
// to the same id; anything else with that shape is a template.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p } from '../helpers.js';

describe('magicWord', () => {
  test.each([
    ['{{পাতার_নাম}}', 'pagename'],
    ['{{পৃষ্ঠার_নাম}}', 'pagename'],
    ['{{PAGENAME}}', 'pagename'],
    ['{{SITENAME}}', 'sitename'],
    ['{{CURRENTYEAR}}', 'currentyear'],
    ['{{চলতি_বছর}}', 'currentyear'],
    ['{{!}}', '!'],
    ['{{=}}', '='],
  ])('%j → %s', (input, name) => {
    const root = p(input);
    const [m] = all(root, 'magicWord');
    expect(m).toMatchObject({ name, rawName: input.slice(2, -2) });
    expect(all(root, 'template')).toHaveLength(0);
    expectPositions(root, input);
  });

  test('a name that is no magic word is a template', () => {
    expect(all(p('{{বাংলাদেশের সেতু}}'), 'magicWord')).toHaveLength(0);
  });
});
