// Once `parse` has returned, nothing of the page stays alive in the parser: the rule closures it keeps for their
// optimised code share one scope with the parse's tree, page and session, which the return empties. A tree of
// 600 k characters used to stay held (~25 MB) until the next page's parse was done.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Nodes, Root } from '../../src/ast.js';
import { parse } from '../../src/parse.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** A new task: a WeakRef's target is kept to the end of the task that made or read it. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Every node of a tree, the root first. */
const nodesOf = (n: Nodes): Nodes[] => [n, ...('children' in n ? n.children.flatMap(nodesOf) : [])];

describe('parse keeps nothing of a page', () => {
  it('lets the tree and the page go once the caller drops them', async () => {
    // a page made here, not a literal: a literal would stay alive in the test's own code
    const page = ['== ইতিহাস ==', "'''ঢাকা''' [[বাংলাদেশ]]ের রাজধানী।", '{|', '| ১৬১০ || [[মুঘল]]', '|}'].join('\n').repeat(50);
    let tree: Root | null = parse(page);
    const refs = nodesOf(tree).map((n) => new WeakRef(n));
    expect(refs.length).toBeGreaterThan(500);
    tree = null;
    await nextTask();
    gc();
    expect(refs.filter((r) => r.deref() !== undefined).length).toBe(0);
  });
});
