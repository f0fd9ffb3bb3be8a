// bnwiki's link trail: Bengali letters glued after `]]` belong to the label:
// `[[বাংলাদেশ]]ের` → wikiLink target `বাংলাদেশ`, trail `ের` (label `বাংলাদেশের`); `[[ক]]-এর` has none.
import type { RawNode } from '../grammar-support/tokens.js';
import type { PassContext } from './context.js';
import { endOf, startOf } from './walk.js';

const TRAILING = new Set(['page', 'interwiki', 'special']);

/** Moves link trails from the following text node into each link (one children list). */
export function linkTrails(children: RawNode[], cx: PassContext): RawNode[] {
  const { site, positions } = cx;
  for (let i = 0; i + 1 < children.length; i++) {
    const link = children[i];
    const next = children[i + 1];
    if (
      link.type !== 'wikiLink' ||
      !TRAILING.has(link.linkType) ||
      next.type !== 'text' ||
      startOf(next) !== endOf(link)
    )
      continue;
    const m = site.linkTrail.exec(next.value);
    if (!m) continue;
    const trail = m[0];
    link.trail = trail;
    link.position = positions.pos(startOf(link), endOf(link) + trail.length);
    if (trail.length === next.value.length) children.splice(i + 1, 1);
    else
      children[i + 1] = positions.textNode(next.value.slice(trail.length), startOf(next) + trail.length, endOf(next));
  }
  return children;
}
