// Behaviour switches `__NOTOC__` and their Bengali synonyms (`__কোন_বিষয়বস্তুর_ছক_নয়__`); most are
// case-insensitive, HIDDENCAT/INDEX/NOINDEX are case-sensitive; unknown `__x__` is text.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p } from '../helpers.js';

describe('behaviorSwitch', () => {
  test.each([
    ['__NOTOC__', 'notoc'],
    ['__notoc__', 'notoc'],
    ['__কোন_বিষয়বস্তুর_ছক_নয়__', 'notoc'],
    ['__কোনবিষয়বস্তুরছকনয়__', 'notoc'],
    ['__TOC__', 'toc'],
    ['__বিষয়বস্তুর_ছক__', 'toc'],
    ['__FORCETOC__', 'forcetoc'],
    ['__NOEDITSECTION__', 'noeditsection'],
    ['__কোন_সম্পাদনা_অনুচ্ছেদ_নয়__', 'noeditsection'],
    ['__NOGALLERY__', 'nogallery'],
    ['__লুকানো_বিষয়শ্রেণী__', 'hiddencat'],
    ['__HIDDENCAT__', 'hiddencat'],
    ['__নির্ঘণ্ট__', 'index'],
    ['__NOINDEX__', 'noindex'],
    ['ক__NOTOC__খ', 'notoc'],
  ])('%j → %s', (input, name) => {
    const root = p(input);
    const [s] = all(root, 'behaviorSwitch');
    expect(s.name).toBe(name);
    expectPositions(root, input);
  });

  test.each(['__hiddencat__', '__ক__', '__', '_NOTOC_'])('%j is text', (input) => {
    expect(all(p(input), 'behaviorSwitch')).toHaveLength(0);
  });
});
