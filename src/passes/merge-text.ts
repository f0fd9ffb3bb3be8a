// Adjacent text nodes become one: `বাংলা` + `=` + `দেশ` → `বাংলা=দেশ` (the grammar splits text at
// every character that might start markup).
import type { RawNode } from '../grammar-support/builders.js';
import { pos } from './positions.js';
import { endOf, startOf } from './walk.js';

/** Merges runs of contiguous text nodes in one children list (a lone text node is kept as it is). */
export function mergeText(children: RawNode[]): RawNode[] {
  const out: RawNode[] = [];
  let run: string[] = [];
  let runStart = 0;
  let runEnd = 0;
  let first: RawNode | null = null;
  const flush = () => {
    if (run.length === 1) out.push(first!);
    else if (run.length) out.push({ type: 'text', value: run.join(''), position: pos(runStart, runEnd) });
    run = [];
  };
  for (const c of children) {
    if (c.type === 'text' && (run.length === 0 || startOf(c) === runEnd)) {
      if (run.length === 0) {
        runStart = startOf(c);
        first = c;
      }
      run.push(c.value);
      runEnd = endOf(c);
      continue;
    }
    flush();
    if (c.type === 'text') {
      runStart = startOf(c);
      first = c;
      run.push(c.value);
      runEnd = endOf(c);
    } else out.push(c);
  }
  flush();
  return out;
}
