// Small utilities for the parser tests: find nodes, render labels, check positions.
import { expect } from 'vitest';
import { parse, stringify } from '../src/index.js';
import type { NodeMap, Nodes, ParseOptions, Root } from '../src/index.js';

/** Every node of a type below `node` (document order, `node` itself included). */
export function all<K extends keyof NodeMap>(node: Nodes, type: K): NodeMap[K][] {
  const out: NodeMap[K][] = [];
  const visit = (n: Nodes) => {
    if (n.type === type) out.push(n as NodeMap[K]);
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
  };
  visit(node);
  return out;
}

/** The first node of a type below `node`; fails the test when there is none. */
export function first<K extends keyof NodeMap>(node: Nodes, type: K): NodeMap[K] {
  const found = all(node, type);
  expect(found.length, `no ${type} node`).toBeGreaterThan(0);
  return found[0];
}

/** Parses a single-line sample as ordinary (not flattened) wikitext. */
export function p(wikitext: string, options: ParseOptions = {}): Root {
  return parse(wikitext, { flattened: false, ...options });
}

/** The source of each child list joined: `[[ক|খ]]` → "খ"; a link part's or argument's text. */
export function source(nodes: readonly Nodes[]): string {
  return nodes.map((n) => stringify(n)).join('');
}

/** Bold/italic as MediaWiki's HTML (`<b>`, `<i>`), every other node as its source. */
export function quotesHtml(nodes: readonly Nodes[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'bold') return `<b>${quotesHtml(n.children)}</b>`;
      if (n.type === 'italic') return `<i>${quotesHtml(n.children)}</i>`;
      return stringify(n);
    })
    .join('');
}

/** Node types of a list with their children's, nested: `[[ক|খ]]` → `wikiLink(linkPart(text))`. */
export function shape(nodes: readonly Nodes[], separator = ' '): string {
  return nodes
    .map((n) => n.type + ('children' in n && n.children.length ? `(${shape(n.children as Nodes[], ',')})` : ''))
    .join(separator);
}

/** Node types of a children list, e.g. `text wikiLink text`. */
export function types(nodes: readonly Nodes[]): string {
  return nodes.map((n) => n.type).join(' ');
}

/** Line (1-based) and column (1-based, UTF-16) of an offset. */
export function lineColumn(s: string, offset: number): { line: number; column: number } {
  const before = s.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * Every node has a position whose offsets slice back to its own source, whose line/column agree
 * with the offsets, and which lies inside its parent's span; the whole tree round-trips.
 */
export function expectPositions(root: Root, source: string): void {
  expect(stringify(root)).toBe(source);
  const visit = (n: Nodes, parent?: Nodes) => {
    const where = `${n.type} ${JSON.stringify(stringify(n)).slice(0, 60)}`;
    expect(n.position, `${where} has no position`).toBeDefined();
    const start = { ...n.position!.start, offset: n.position!.start.offset ?? -1 };
    const end = { ...n.position!.end, offset: n.position!.end.offset ?? -1 };
    expect(source.slice(start.offset, end.offset), `${where} offsets`).toBe(stringify(n));
    expect({ line: start.line, column: start.column }, `${where} start line/column`).toEqual(
      lineColumn(source, start.offset),
    );
    expect({ line: end.line, column: end.column }, `${where} end line/column`).toEqual(lineColumn(source, end.offset));
    if (parent?.position) {
      expect(start.offset, `${where} starts inside its parent`).toBeGreaterThanOrEqual(
        parent.position.start.offset ?? -1,
      );
      expect(end.offset, `${where} ends inside its parent`).toBeLessThanOrEqual(parent.position.end.offset ?? -1);
    }
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c, n);
  };
  visit(root);
}

/**
 * A repeatable random source for generated test inputs (a linear congruential generator): the same seed gives
 * the same strings on every run. `const next = seededRandom(7); next(10)` → a whole number in 0…9.
 */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}
