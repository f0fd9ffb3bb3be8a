// The tree walk: `descendants` in document order, and `Walk`, one walk of a root whose slices are the nodes
// below a section's top-level nodes: `ক\n==খ==\nগ [[ঘ]]` → the slice of `গ [[ঘ]]` is text, wikiLink, …
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/index.js';
import { descendants, Walk } from '../../src/passes/walk.js';
import { sectionsOf } from '../../src/text/sections.js';
import { types } from '../helpers.js';

describe('Walk', () => {
  const wiki = "'''ক''' শহর।\n==খ==\nগ [[ঘ|ঙ]] {{চ|ছ}}\n===জ===\n\n==ঝ==\n* ঞ";
  const root = parse(wiki);
  const walk = new Walk(root);

  test('its nodes are the root’s descendants', () => {
    expect(walk.nodes).toEqual(descendants(root));
  });

  test('below(section nodes) is the walk of those nodes, for every section; none below no nodes', () => {
    const sections = sectionsOf(root);
    expect(sections).toHaveLength(4);
    expect(walk.below([])).toEqual([]);
    for (const s of sections) {
      const own: ReturnType<typeof descendants> = [];
      for (const n of s.nodes) descendants(n, own);
      expect(walk.below(s.nodes)).toEqual(own);
    }
    expect(types(walk.below(sections[1].nodes))).toContain('wikiLink');
  });

  test('nodes of another tree are refused', () => {
    expect(() => walk.below(parse('ক').children)).toThrow(/not top-level nodes/);
  });
});
