// Redirects. MediaWiki: at the very start of the page (leading whitespace allowed), the redirect
// magic word (`#পুনর্নির্দেশ` and its variants, `#REDIRECT`, case-insensitive), an optional `:`,
// then a link; anywhere else, or without a link, `#…` is an ordered list item.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p } from '../helpers.js';

describe('redirect', () => {
  test.each([
    ['#পুনর্নির্দেশ [[রবীন্দ্রনাথ ঠাকুর]]', '#পুনর্নির্দেশ ', 'রবীন্দ্রনাথ ঠাকুর'],
    ['#পুনঃনির্দেশ [[ক]]', '#পুনঃনির্দেশ ', 'ক'],
    ['#পুনঃর্নির্দেশ [[ক]]', '#পুনঃর্নির্দেশ ', 'ক'],
    ['#পুননির্দেশ[[ক]]', '#পুননির্দেশ', 'ক'],
    ['#REDIRECT [[বাংলাদেশ]]', '#REDIRECT ', 'বাংলাদেশ'],
    ['#redirect:[[ঢাকা#ইতিহাস]]', '#redirect:', 'ঢাকা'],
    ['  #REDIRECT [[ক]]', '  #REDIRECT ', 'ক'],
    ['#REDIRECT [[বিষয়শ্রেণী:ক]]', '#REDIRECT ', 'বিষয়শ্রেণী:ক'],
    ['#পুনর্নির্দেশ [[বাংলাদেশ]]\n\n[[বিষয়শ্রেণী:পুনর্নির্দেশ]]', '#পুনর্নির্দেশ ', 'বাংলাদেশ'],
  ])('%j → %j', (input, keyword, target) => {
    const root = p(input);
    expect(root.children[0].type).toBe('redirect');
    const [r] = all(root, 'redirect');
    expect(r).toMatchObject({ keyword, target });
    expect(r.children[0].type).toBe('wikiLink');
    expectPositions(root, input);
  });

  test.each(['#REDIRECT ক', 'ক\n#REDIRECT [[ক]]', '#পুনর্নির্দেশ'])('%j is not a redirect', (input) => {
    const root = p(input);
    expect(all(root, 'redirect')).toHaveLength(0);
    expectPositions(root, input);
  });
});
