// Markup found inside running text: bare URLs (`দেখুন https://bn.wikipedia.org।` → externalLink,
// without the trailing `।`) and behaviour switches (`__NOTOC__`, `__কোন_বিষয়বস্তুর_ছক_নয়__`).
import type { BehaviorSwitch, ExternalLink, Text } from '../ast.js';
import type { RawNode } from '../grammar-support/tokens.js';
import { pos, textNode } from './positions.js';
import type { Site } from '../site/bnwiki.js';
import { startOf } from './walk.js';

const BARE_URL = /(?:https?|ftps?):\/\/[^\s<>[\]{}"|\u00a0\u0964]+/giu;
const TRAILING_PUNCT = /[.,;:!?'\u0964\u09f7]+$/u;

/** Splits bare URLs and behaviour switches out of the text nodes of one children list. */
export function magicLinks(children: RawNode[], site: Site): RawNode[] {
  let out: RawNode[] | null = null;
  for (let i = 0; i < children.length; i++) {
    const c = children[i];
    const pieces = c.type === 'text' && (c.value.includes('://') || c.value.includes('__')) ? splitText(c, site) : null;
    if (pieces && !out) out = children.slice(0, i);
    if (out) {
      if (pieces) for (const p of pieces) out.push(p);
      else out.push(c);
    }
  }
  return out ?? children;
}

function splitText(t: Text, site: Site): RawNode[] | null {
  const found: { start: number; end: number; node: ExternalLink | BehaviorSwitch }[] = [];
  const base = startOf(t);
  const v = t.value;
  // `exec` loops on the shared regexes (`matchAll` would clone them for every text node).
  if (v.includes('://')) {
    BARE_URL.lastIndex = 0;
    for (let m = BARE_URL.exec(v); m; m = BARE_URL.exec(v)) {
      let url = m[0].replace(TRAILING_PUNCT, '');
      if (url.endsWith(')') && !url.includes('(')) url = url.replace(/\)+$/, '');
      const s = base + m.index;
      found.push({ start: m.index, end: m.index + url.length, node: { type: 'externalLink', url, bare: true, separator: '', children: [], position: pos(s, s + url.length) } });
    }
  }
  if (v.includes('__')) {
    const re = site.behaviorSwitch;
    re.lastIndex = 0;
    for (let m = re.exec(v); m; m = re.exec(v)) {
      const at = m.index;
      const name = site.behaviorSwitchName(m[0]);
      if (!name || found.some((f) => at < f.end && f.start < at + m![0].length)) continue;
      const s = base + at;
      found.push({ start: at, end: at + m[0].length, node: { type: 'behaviorSwitch', name, value: m[0], position: pos(s, s + m[0].length) } });
    }
    re.lastIndex = 0;
  }
  if (!found.length) return null;
  found.sort((a, b) => a.start - b.start);
  const out: RawNode[] = [];
  let at = 0;
  for (const f of found) {
    if (f.start > at) out.push(textNode(t.value.slice(at, f.start), base + at, base + f.start));
    out.push(f.node);
    at = f.end;
  }
  if (at < t.value.length) out.push(textNode(t.value.slice(at), base + at, base + t.value.length));
  return out;
}
