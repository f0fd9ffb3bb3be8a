// Adjacent text nodes become one: `বাংলা` + `=` + `দেশ` → `বাংলা=দেশ` (the grammar splits text at
// every character that might start markup).
import type { RawNode } from '../grammar-support/tokens.js';
import type { PassContext } from './context.js';
import { endOf, startOf } from './walk.js';

/** Merges runs of contiguous text nodes in one children list (a lone text node is kept as it is). */
export function mergeText(children: RawNode[], cx: PassContext): RawNode[] {
  if (!hasRun(children)) return children;
  const positions = cx.positions;
  const out: RawNode[] = [];
  let i = 0;
  while (i < children.length) {
    const c = children[i];
    let j = i + 1;
    if (c.type === 'text')
      while (j < children.length && children[j].type === 'text' && startOf(children[j]) === endOf(children[j - 1])) j++;
    // A text's value is its source, so the merged value is a slice of the page: no string building.
    out.push(
      j === i + 1
        ? c
        : positions.textNode(positions.slice(startOf(c), endOf(children[j - 1])), startOf(c), endOf(children[j - 1])),
    );
    i = j;
  }
  return out;
}

/** Whether two contiguous text nodes stand side by side. */
function hasRun(children: RawNode[]): boolean {
  for (let i = 1; i < children.length; i++) {
    if (
      children[i].type === 'text' &&
      children[i - 1].type === 'text' &&
      startOf(children[i]) === endOf(children[i - 1])
    )
      return true;
  }
  return false;
}
