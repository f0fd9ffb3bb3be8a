// List nesting from line markers: `* ক\n** খ\n# গ` → list > listItem (> list > listItem) …;
// `; পদ : সংজ্ঞা` on one line → a `;` item and a `:` item. The newline ending an item's line stays in
// that item while the list goes on, and after the list when it ends.
import type { List, ListItem, Nodes, Text } from '../ast.js';
import type { RawNode } from '../grammar-support/tokens.js';
import type { PassContext } from './context.js';
import type { Positions } from './positions.js';
import { resolveQuotes } from './resolve-quotes.js';
import { endOf, startOf } from './walk.js';

type Item = RawNode | List;

const isNewline = (n: Item | undefined) => n !== undefined && n.type === 'text' && n.value === '\n';

/** Groups list lines in an item list into nested lists. */
export function nestLists(items: RawNode[], cx: PassContext): RawNode[] {
  if (!items.some((i) => i.type === 'listMarker')) return items;
  items = items.slice(); // split in this copy (splitAtNewline), which also overwrites what was read
  const positions = cx.positions;
  const out: Item[] = [];
  let stack: { list: List; depth: number }[] = [];
  let i = 0;
  while (i < items.length) {
    const marker = items[i];
    if (marker.type !== 'listMarker') {
      out.push(marker);
      stack = [];
      i++;
      continue;
    }
    let j = i + 1;
    while (j < items.length && !isNewline(items[j])) {
      // A text run may hold the newline that ends the item (`:{|…|}` then `\nপরের অনুচ্ছেদ`): split it there.
      const t = items[j];
      // `ক\n` before the next item's marker: the text holds the item's own line end (it stays in the item).
      if (t.type === 'text' && t.value.indexOf('\n') === t.value.length - 1 && items[j + 1]?.type === 'listMarker')
        break;
      if (t.type === 'text' && t.value.includes('\n')) {
        const moved = splitAtNewline(items, i, j, positions);
        i -= moved;
        j -= moved;
        if (!isNewline(items[j])) j++;
        break;
      }
      j++;
    }
    const continues = items[j + 1]?.type === 'listMarker';
    const content = items.slice(i + 1, continues ? j + 1 : j) as ListItem['children'];
    const m = marker.value;
    while (stack.length && stack[stack.length - 1].depth > m.length) stack.pop();
    const item: ListItem = {
      type: 'listItem',
      marker: m,
      children: content,
      position: positions.pos(startOf(marker), j > i + 1 ? endOf(items[continues ? j : j - 1]) : endOf(marker)),
    };
    if (stack.length && stack[stack.length - 1].depth === m.length && !sameKind(stack[stack.length - 1].list, m))
      stack.pop();
    const top = stack[stack.length - 1];
    let list: List;
    if (top && top.depth === m.length) list = top.list;
    else {
      list = {
        type: 'list',
        ordered: m.endsWith('#'),
        children: [],
        position: positions.pos(startOf(marker), startOf(marker)),
      };
      const parent = top?.list.children[top.list.children.length - 1];
      if (parent) parent.children.push(list);
      else out.push(list);
      stack.push({ list, depth: m.length });
    }
    if (m.endsWith(';')) list.children.push(...splitDefinition(item, cx));
    else list.children.push(item);
    i = continues ? j + 1 : j;
    if (!continues) stack = [];
  }
  for (const n of out) if (n.type === 'list') fixEnds(n, positions);
  return out as RawNode[];
}

/**
 * Splits the text node at `j` of `items` before its first newline: [`ক`, `\n…`] → [`ক`, `\n`, `…`]. The item
 * from `i` to `j` moves left over entries already read (nothing before `i` is read again) to make room, so a
 * split costs the item's length, not the list's (a copy or a splice of the list per split: 8,000 indented
 * tables took 6 s); returns how far it moved (0 when there was no room: then the list's tail moves).
 */
function splitAtNewline(items: RawNode[], i: number, j: number, positions: Positions): number {
  const t = items[j] as Text;
  const k = t.value.indexOf('\n');
  const base = startOf(t);
  const parts: RawNode[] = [];
  if (k > 0) parts.push(positions.textNode(t.value.slice(0, k), base, base + k));
  parts.push(positions.textNode('\n', base + k, base + k + 1));
  if (k + 1 < t.value.length) parts.push(positions.textNode(t.value.slice(k + 1), base + k + 1, endOf(t)));
  const room = parts.length - 1;
  if (i < room) {
    items.splice(j, 1, ...parts);
    return 0;
  }
  for (let q = i; q < j; q++) items[q - room] = items[q];
  for (let q = 0; q < parts.length; q++) items[j - room + q] = parts[q];
  return room;
}

/** `*` lists and `#` lists are different lists; `;` and `:` items share a definition list. */
function sameKind(list: List, marker: string): boolean {
  const last = list.children[list.children.length - 1]?.marker.slice(-1) ?? '';
  const c = marker.slice(-1);
  return last === c || (/[;:]/.test(last) && /[;:]/.test(c));
}

/**
 * `; পদ : সংজ্ঞা` → [`; পদ `, `: সংজ্ঞা`]; `*;ক :খ` → [`*;ক `, `*:খ`] (`path`: the whole marker path). Split at
 * the first `:` that MediaWiki's findColonNoLinks sees at tag level 0: not inside an HTML element, a
 * link, a free URL, bold/italic (resolved first, as doQuotes runs before the lists) or a nowiki:
 * `;'''১০:৩০''':সময়` → term `'''১০:৩০'''`, definition `সময়`.
 */
function splitDefinition(item: ListItem, cx: PassContext): ListItem[] {
  const positions = cx.positions;
  const kids = resolveQuotes(item.children as RawNode[], cx) as ListItem['children'];
  item.children = kids;
  let depth = 0;
  let k = -1;
  let at = -1;
  for (let i = 0; i < kids.length && k < 0; i++) {
    const c = kids[i];
    if (c.type === 'htmlTag') {
      if (c.closing) depth = Math.max(0, depth - 1);
      else if (!c.selfClosing && !VOID_TAGS.has(c.name)) depth++;
    } else if (c.type === 'text' && depth === 0) {
      at = colonOutsideUrls(c.value);
      if (at >= 0) k = i;
    }
  }
  if (k < 0) return [item];
  const t = kids[k] as Text;
  const colon = startOf(t) + at;
  const before = kids.slice(0, k);
  const after = kids.slice(k + 1);
  if (at > 0) before.push(positions.textNode(t.value.slice(0, at), startOf(t), colon));
  if (at + 1 < t.value.length) after.unshift(positions.textNode(t.value.slice(at + 1), colon + 1, endOf(t)));
  const first: ListItem = { ...item, children: before, position: positions.pos(startOf(item), colon) };
  const second: ListItem = {
    type: 'listItem',
    marker: ':',
    children: after,
    position: positions.pos(colon, after.length ? endOf(after[after.length - 1]) : colon + 1),
  };
  if (item.marker.length > 1) second.path = item.marker.slice(0, -1) + ':';
  return [first, second];
}

const VOID_TAGS = new Set(['br', 'hr', 'img', 'meta', 'link', 'wbr']);
/** A free URL in a definition term (its `:` does not split the item). */
const FREE_URL =
  /(?:https?|ftps?|sftp|irc|ircs|news|mailto|gopher|telnet|nntp|worldwind|svn|git|mms|ssh|tel|urn|geo|sips?|sms|xmpp|bitcoin|magnet):(?:\/\/)?[^\s<>[\]"]+/gi;

/** The first `:` of a text outside the free URLs in it (`ক http://x.org:খ` → the one after `org`), or -1. */
function colonOutsideUrls(v: string): number {
  let at = v.indexOf(':');
  if (at < 0) return at;
  FREE_URL.lastIndex = 0;
  for (let m = FREE_URL.exec(v); m; m = FREE_URL.exec(v)) {
    if (at < m.index) return at;
    at = v.indexOf(':', m.index + m[0].length);
    if (at < 0) return -1;
  }
  return at;
}

/** Ends every list and item at the end of its last child. */
function fixEnds(n: List | ListItem, positions: Positions): number {
  let end = endOf(n);
  for (const c of n.children as Nodes[])
    end = Math.max(end, c.type === 'list' || c.type === 'listItem' ? fixEnds(c, positions) : endOf(c));
  if (end !== endOf(n)) n.position = positions.pos(startOf(n), end);
  return end;
}
