// Nodes are plain JSON-like objects (some are made by constructors for speed: passes/plain-objects):
// users compare them with toStrictEqual, structuredClone them to workers, test them as plain objects.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/index.js';

type Any = { [k: string]: unknown; children?: Any[] };
const walk = (n: Any, f: (n: Any) => void): void => {
  f(n);
  for (const c of n.children ?? []) walk(c, f);
};

describe('plain objects', () => {
  const files = readdirSync('fixtures').filter((f) => f.endsWith('.wiki'));
  test.each(files)('%s: every node, position and point has Object.prototype', (file) => {
    const root = parse(readFileSync(`fixtures/${file}`, 'utf8')) as unknown as Any;
    const types = new Set<string>();
    walk(root, (n) => {
      types.add(n.type as string);
      const p = n.position as { start: object; end: object };
      for (const o of [n, p, p.start, p.end]) expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    });
    expect(types.size).toBeGreaterThan(3);
  });

  test('a tree survives structuredClone and JSON unchanged', () => {
    const root = parse(
      "== ইতিহাস ==\n'''ঢাকা''' [[বাংলাদেশ|দেশ]]ের {{তথ্যছক|নাম=ক|খ}} <ref name=\"a\">গ</ref> <small>ছোট</small> <!-- মন্তব্য -->",
    );
    expect(structuredClone(root)).toStrictEqual(root);
    expect(JSON.parse(JSON.stringify(root))).toStrictEqual(root);
  });
});
