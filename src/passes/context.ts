// What a pass gets besides its children list: the wiki's facts and the positions of the page being
// parsed (`[[ঢাকা]]ের` → link trail from `site.linkTrail`, the link's new end from `positions.pos`).
// One per parse, made by `parse` and held by the grammar's session (`s.cx`) for the builders.
import type { Site } from '../site/bnwiki.js';
import type { Positions } from './positions.js';

export interface PassContext {
  /** Wiki facts: namespaces, link trail, magic words (bnwiki by default). */
  readonly site: Site;
  /** The page, its line table and the points of this parse. */
  readonly positions: Positions;
}
