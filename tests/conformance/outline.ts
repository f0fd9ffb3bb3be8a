// A tree as MediaWiki's structural outline (../shared/conformance/OUTLINE.md), so that it compares
// with the outlines made from MediaWiki's own HTML for its core parser tests.
// Two steps, as on the HTML side (html_outline.py): the tree becomes a small element tree (headings,
// lists, tables, paired HTML tags, `<b>`/`<i>` for quotes, `a` for links), then that element tree is
// outlined by a port of html_outline.py's Outliner (same whitespace, flag and list rules).
import type { Nodes, Root } from '../../src/index.js';
import { decodeHTML } from 'entities/decode';
import { stringify } from '../../src/index.js';

export type Inline =
  | ['t', string, string]
  | ['link', string, Inline[]]
  | ['ext', string, string, Inline[]]
  | ['br']
  | ['img'];
export type Block = unknown[];

/** An element of the intermediate tree: an HTML tag, or a construct of the tree under an HTML name. */
interface El {
  tag: string;
  attrs: Record<string, string>;
  children: (El | string)[];
  parent: El | null;
  /** Made by tree structure (not by an HTML tag in the text): a stray end tag does not close it. */
  fixed: boolean;
}

const VOID = new Set([
  'br',
  'hr',
  'img',
  'meta',
  'link',
  'wbr',
  'input',
  'col',
  'source',
  'track',
  'area',
  'base',
  'embed',
  'param',
]);
const BLOCK_CONTAINERS = new Set([
  'table',
  'caption',
  'tr',
  'td',
  'th',
  'blockquote',
  'div',
  'center',
  'section',
  'figure',
  'figcaption',
]);
const LISTS: Record<string, string | null> = { ul: '*', ol: '#', dl: null };
const ITEMS = new Set(['li', 'dt', 'dd']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const UNWRAP = new Set(['tbody', 'thead', 'tfoot', 'section']);
const WS = /[ \t\n\r\f\u00a0\u202f]+/g;
const FORMATTING = new Set([
  'a',
  'b',
  'big',
  'code',
  'em',
  'font',
  'i',
  'nobr',
  's',
  'small',
  'strike',
  'strong',
  'tt',
  'u',
]);
const P_CLOSERS = [
  'address',
  'blockquote',
  'center',
  'div',
  'dl',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'ol',
  'p',
  'pre',
  'table',
  'ul',
];
/** HTML's implied end tags: the start tag → the open elements it closes. */
const IMPLIED_END: Record<string, Set<string>> = {
  ...Object.fromEntries(P_CLOSERS.map((t) => [t, new Set(['p'])])),
  li: new Set(['li', 'p']),
  dt: new Set(['dt', 'dd', 'p']),
  dd: new Set(['dt', 'dd', 'p']),
  tr: new Set(['tr', 'td', 'th']),
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
};
/** Elements an implied end does not look past. */
const SCOPE = new Set(['ul', 'ol', 'dl', 'table', 'td', 'th', 'caption']);

/** Builds the element tree: a stack, with HTML's "close up to the matching open tag" for end tags. */
class Builder {
  root: El = el('#root', null, true);
  cur: El = this.root;

  open(tag: string, attrs: Record<string, string> = {}, fixed = false): void {
    // HTML's tree builder: an `a` start tag inside an open `a` closes it (`[http://x a [[b]] c]`).
    if (tag === 'a')
      for (let n: El | null = this.cur; n && n !== this.root; n = n.parent) if (n.tag === 'a') this.cur = n.parent!;
    // … and implied end tags: a block closes an open `p`, `li` an open `li`, `td` an open cell …
    const implied = IMPLIED_END[tag === 'mwlist' ? 'ul' : tag];
    if (implied) {
      for (let n: El | null = this.cur; n && n !== this.root && !(n.fixed && !implied.has(n.tag)); n = n.parent) {
        if (SCOPE.has(n.tag)) break;
        if (implied.has(n.tag) && !n.fixed) {
          this.cur = n.parent!;
          break;
        }
      }
    }
    // a table started in a table or row, outside any cell, closes that table first
    if (tag === 'table') {
      for (let n: El | null = this.cur; n && n !== this.root; n = n.parent) {
        if (n.tag === 'td' || n.tag === 'th' || n.tag === 'caption') break;
        if (n.tag === 'table') {
          this.cur = n.parent!;
          break;
        }
      }
    }
    // a cell straight in a table gets its row (`<table><td>`)
    if ((tag === 'td' || tag === 'th') && this.cur.tag === 'table') this.open('tr', {}, fixed);
    const n = el(tag, this.cur, fixed, attrs);
    this.cur.children.push(n);
    if (!VOID.has(tag)) this.cur = n;
    if (FORMATTING.has(tag) && !fixed) this.active.push(n);
  }

  /** HTML's active formatting elements: `<s>` opened by a tag and not yet closed by `</s>`. */
  active: El[] = [];

  /** Reopens the active formatting elements that an enclosing element's end closed (`#<s>a\n#b</s>`). */
  private reconstruct(): void {
    if (!this.active.length) return;
    const open = new Set<El>();
    for (let n: El | null = this.cur; n; n = n.parent) open.add(n);
    this.active = this.active.map((a) => {
      if (open.has(a)) return a;
      const n = el(a.tag, this.cur, false, a.attrs);
      this.cur.children.push(n);
      this.cur = n;
      open.add(n);
      return n;
    });
  }

  void(tag: string): void {
    this.cur.children.push(el(tag, this.cur, false));
  }

  /** An HTML end tag: closes up to the open element of that name, never past tree structure. */
  close(tag: string): void {
    const k = this.active.map((a) => a.tag).lastIndexOf(tag);
    if (k >= 0) this.active.splice(k, 1);
    let n: El | null = this.cur;
    while (n && n !== this.root && n.tag !== tag && !n.fixed) n = n.parent;
    if (n && n !== this.root && n.tag === tag) this.cur = n.parent!;
  }

  /** Ends a structural element (and whatever HTML is still open inside it), unless already closed. */
  end(e: El): void {
    for (let n: El | null = this.cur; n; n = n.parent) if (n === e) return void (this.cur = e.parent!);
  }

  text(s: string): void {
    // HTML drops NUL characters (MediaWiki's output never holds one)
    if (s.includes('\0')) s = s.replaceAll('\0', '');
    if (s.trim()) this.reconstruct();
    if (s) this.cur.children.push(s);
  }
}

function el(tag: string, parent: El | null, fixed: boolean, attrs: Record<string, string> = {}): El {
  return { tag, attrs, children: [], parent, fixed };
}

/** State while mapping one page: the element builder and the autonumber counter of `[url]` links. */
interface Mapper {
  b: Builder;
  autonumber: number;
}

/** Maps the tree to the element tree. */
export function elements(root: Root): El {
  const m: Mapper = { b: new Builder(), autonumber: 0 };
  for (const c of root.children) node(m, c as Nodes);
  return m.b.root;
}

function structural(m: Mapper, tag: string, kids: readonly Nodes[], attrs: Record<string, string> = {}): void {
  m.b.open(tag, attrs, true);
  const e = m.b.cur;
  for (const c of kids) node(m, c);
  m.b.end(e);
}

function node(m: Mapper, n: Nodes): void {
  const b = m.b;
  switch (n.type) {
    case 'text':
      b.text(n.value);
      return;
    case 'comment':
    case 'behaviorSwitch':
      return;
    case 'entity':
      b.text(n.char);
      return;
    case 'heading':
      structural(m, `h${n.depth}`, n.children);
      return;
    case 'bold':
      structural(m, 'b', n.children);
      return;
    case 'italic':
      structural(m, 'i', n.children);
      return;
    case 'horizontalRule':
      b.open('hr', {}, true);
      return;
    case 'wikiLink': {
      if (n.linkType === 'category' || n.linkType === 'interlanguage') return;
      if (n.linkType === 'file' || n.linkType === 'media') {
        b.open('img', {}, true);
        return;
      }
      const target = normTitle(n.target.split('#')[0] === '' && n.fragment !== undefined ? '' : n.target);
      b.open('a', { link: target }, true);
      const e = b.cur;
      const label = (n as { label?: string }).label;
      if (n.children.length) {
        n.children.forEach((part, i) => {
          if (i > 0) b.text('|');
          for (const c of part.children) node(m, c as Nodes);
        });
      } else b.text(label ?? n.rawTarget.replace(/^\s*:/, ''));
      b.text(n.trail);
      b.end(e);
      return;
    }
    case 'externalLink': {
      // html_outline.py unescapes the parsed `href` once more (`&amp` → `&`): so does the mapper
      const url = decodeHTML(n.href);
      if (n.bare) {
        b.open('a', { ext: url, kind: 'free' }, true);
        b.text(n.href);
      } else if (n.children.length === 0) {
        b.open('a', { ext: url, kind: 'autonumber' }, true);
        b.text(`[${++m.autonumber}]`);
      } else {
        b.open('a', { ext: url, kind: 'text' }, true);
        const e = b.cur;
        for (const c of n.children) node(m, c as Nodes);
        b.end(e);
        return;
      }
      b.end(b.cur);
      return;
    }
    case 'extensionTag': {
      const body = n.children.map((c) => stringify(c)).join('');
      if (n.name === 'nowiki') b.text(decodeEntities(body));
      else if (n.name === 'pre') {
        b.open('pre', {}, true);
        // a `<nowiki>…</nowiki>` pair inside shows its body; an unpaired `<nowiki>` shows as written
        b.text(decodeEntities(body.replace(/<nowiki>([^]*?)<\/nowiki>/gi, '$1')));
        b.end(b.cur);
      }
      return;
    }
    case 'magicLink': {
      // as handleMagicLinks renders them: RFC/PMID external links, ISBN a link to Special:BookSources
      const number = n.value
        .replace(/^(?:ISBN|RFC|PMID)(?:[\t\p{Zs}]|&nbsp;|&#0*160;|&#[Xx]0*[Aa]0;)+/u, '')
        .replace(/&nbsp;|&#0*160;|&#[Xx]0*[Aa]0;|[\t\p{Zs}]/gu, ' ');
      if (n.kind === 'ISBN') b.open('a', { link: `Special:BookSources/${n.id}` }, true);
      else
        b.open(
          'a',
          {
            ext:
              n.kind === 'RFC'
                ? `https://datatracker.ietf.org/doc/html/rfc${n.id}`
                : `//www.ncbi.nlm.nih.gov/pubmed/${n.id}?dopt=Abstract`,
            kind: 'text',
          },
          true,
        );
      const e = b.cur;
      b.text(`${n.kind} ${number}`);
      b.end(e);
      return;
    }
    case 'htmlTag':
      if (n.closing) b.close(n.name);
      // HTML ignores `/>` on a non-void element: `<font />` opens a font
      else if (VOID.has(n.name)) b.void(n.name);
      else b.open(n.name);
      return;
    case 'list':
      // One group of list lines: its items in document order (nested lists flattened), each with its
      // marker; the outliner gives each the prefix MediaWiki's list algorithm opens (listPrefixes).
      b.open('mwlist', {}, true);
      listLines(m, n);
      b.end(b.cur);
      return;
    case 'listItem':
      return;
    case 'table':
      structural(m, 'table', n.children as Nodes[]);
      return;
    case 'tableCaption':
      structural(m, 'caption', n.children as Nodes[]);
      return;
    case 'tableRow':
      structural(m, 'tr', n.children as Nodes[]);
      return;
    case 'tableCell':
      structural(m, n.header ? 'th' : 'td', n.children as Nodes[]);
      return;
    default: {
      const x = n as unknown as { type: string; children?: Nodes[]; name?: string; value?: string };
      if (x.type === 'preformatted') {
        // indent-pre: each line loses one leading space; a line of only comments is no line
        b.open('pre', { indent: '1' }, true);
        const e = b.cur;
        for (const c of x.children ?? []) {
          if (c.type === 'comment') b.text(COMMENT);
          else node(m, c);
        }
        b.end(e);
      } else if (x.type === 'htmlElement') {
        // as its two tags: HTML's rules (implied ends, reconstruction) apply as they would to the tags
        if (VOID.has(x.name!)) b.void(x.name!);
        else b.open(x.name!);
        for (const c of x.children ?? []) node(m, c);
        b.close(x.name!);
      } else b.text(stringify(n));
    }
  }
}

function listLines(m: Mapper, list: Nodes & { type: 'list' }): void {
  for (const item of list.children) {
    m.b.open('mwli', { prefix: item.path ?? item.marker }, true);
    const e = m.b.cur;
    const nested: (Nodes & { type: 'list' })[] = [];
    for (const c of item.children as Nodes[]) {
      if (c.type === 'list') nested.push(c);
      else node(m, c);
    }
    m.b.end(e);
    for (const l of nested) listLines(m, l);
  }
}

const ENTITY = /&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g;
function decodeEntities(s: string): string {
  return s.replace(ENTITY, (e) => {
    const t = parseOne(e);
    return t ?? e;
  });
}
function parseOne(e: string): string | undefined {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0', apos: "'" };
  if (e[1] !== '#') return named[e.slice(1, -1)];
  const code = e[2] === 'x' || e[2] === 'X' ? parseInt(e.slice(3, -1), 16) : parseInt(e.slice(2, -1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** html_outline.py's `norm_title`: collapse spaces, upper-case the first letter of namespace and page. */
export function normTitle(t: string): string {
  t = t.replace(/[ _]+/g, ' ').trim();
  const k = t.indexOf(':');
  if (k >= 0) {
    const ns = t.slice(0, k);
    const rest = t.slice(k + 1).trim();
    return ns.charAt(0).toUpperCase() + ns.slice(1) + ':' + rest.charAt(0).toUpperCase() + rest.slice(1);
  }
  return t.charAt(0).toUpperCase() + t.slice(1);
}

// ------------------------------------------------------------------ the Outliner, as html_outline.py --

/** The lenient outline of a tree (OUTLINE.md). */
export function outline(root: Root): Block[] {
  const blocks: Block[] = [];
  blocksOf(elements(root), blocks, []);
  return normaliseTop(blocks);
}

function blocksOf(node: El, out: Block[], prefix: string[]): void {
  const run: Inline[] = [];
  const flush = () => {
    // MediaWiki wraps top-level inline content in <p>, after which html_outline.py adds a space
    if (node.tag === '#root' && run.length) run.push(['t', '', ' ']);
    const inl = tidyInline(run);
    if (inl.length) out.push(['para', inl]);
    run.length = 0;
  };
  for (const ch of node.children) {
    if (typeof ch === 'string') {
      run.push(['t', '', ch]);
      continue;
    }
    if (UNWRAP.has(ch.tag)) {
      flush();
      blocksOf(ch, out, prefix);
      continue;
    }
    const t = ch.tag;
    if (t === 'p') {
      run.push(...inline(ch, ''));
      run.push(['t', '', ' ']);
    } else if (HEADINGS.has(t)) {
      flush();
      out.push(['h', Number(t[1]), tidyInline(inline(ch, ''))]);
    } else if (t === 'hr') {
      flush();
      out.push(['hr']);
    } else if (t === 'pre') {
      flush();
      out.push(['pre', preText(ch)]);
    } else if (t in LISTS || t === 'mwlist') {
      flush();
      if (t === 'mwlist') listLinesOutline(ch, out, prefix);
      else listItems(ch, out, prefix);
    } else if (t === 'table') {
      flush();
      // HTML's foster parenting: what stands in a table or row outside any cell goes before the table
      const fostered = el('#frag', null, true);
      fostered.children = foster(ch);
      blocksOf(fostered, out, prefix);
      const sub: Block[] = [];
      blocksOf(ch, sub, prefix);
      // MediaWiki gives a table without rows one empty row
      if (!sub.some((b) => b[0] === 'tr')) sub.push(['tr', [['td', []]]]);
      out.push([t, sub]);
    } else if (BLOCK_CONTAINERS.has(t)) {
      flush();
      const sub: Block[] = [];
      blocksOf(ch, sub, prefix);
      out.push([t, sub]);
    } else if (t === 'br') run.push(['t', '', ' ']);
    else run.push(...inlineNode(ch, ''));
  }
  flush();
  if (node.tag === 'table') {
    const kept = out.filter((b) => !(b[0] === 'tr' && !(b[1] as Block[]).some((c) => c[0] === 'td' || c[0] === 'th')));
    out.length = 0;
    out.push(...kept);
  }
}

/** Takes out of a table (and its rows) what HTML fosters before it: all but rows, captions, cells and blanks. */
function foster(table: El): (El | string)[] {
  const out: (El | string)[] = [];
  const keep = (parent: El, allowed: Set<string>) => {
    parent.children = parent.children.filter((c) => {
      if (typeof c === 'string' ? c.trim() === '' : allowed.has(c.tag)) return true;
      out.push(c);
      return false;
    });
  };
  keep(table, new Set(['tr', 'caption', 'tbody', 'thead', 'tfoot']));
  for (const c of table.children) if (typeof c !== 'string' && c.tag === 'tr') keep(c, new Set(['td', 'th']));
  return out;
}

function listItems(lst: El, out: Block[], prefix: string[]): void {
  for (const it of lst.children) {
    if (typeof it === 'string' || !ITEMS.has(it.tag)) {
      if (typeof it !== 'string' && it.tag in LISTS) listItems(it, out, prefix);
      continue;
    }
    const ch = it.tag === 'li' ? (LISTS[lst.tag] ?? '*') : it.tag === 'dt' ? ';' : ':';
    listItem(it, [...prefix, ch], out);
  }
}

/**
 * The prefixes of a group of wikitext list lines as MediaWiki's BlockLevelPass opens them: `;` and `:`
 * are one list (`:;*foo` then `::*bar` continues the `;` item's list, so bar's path is `:;*` too).
 */
function listLinesOutline(group: El, out: Block[], outer: string[]): void {
  let open: string[] = [];
  let last2 = '';
  for (const it of group.children) {
    if (typeof it === 'string') continue;
    const p = it.attrs.prefix;
    const p2 = p.replace(/;/g, ':');
    if (p && last2 === p2) open[open.length - 1] = p[p.length - 1];
    else {
      let common = 0;
      while (common < Math.min(p.length, last2.length) && p[common] === last2[common]) common++;
      open = open.slice(0, common);
      if (p.length <= common && common > 0) open[common - 1] = p[common - 1];
      // an open `;` item at the last shared level becomes a `:` item when the line goes deeper with `:`
      else if (common > 0 && p[common - 1] === ':' && open[common - 1] === ';') open[common - 1] = ':';
      for (let k = common; k < p.length; k++) open.push(p[k]);
    }
    last2 = p2;
    listItem(it, [...outer, ...open], out);
  }
}

function listItem(it: El, p: string[], out: Block[]): void {
  const inlineRun: (El | string)[] = [];
  const nested: El[] = [];
  for (const c of it.children) {
    if (typeof c !== 'string' && (c.tag in LISTS || c.tag === 'mwlist')) nested.push(c);
    else if (
      typeof c !== 'string' &&
      (BLOCK_CONTAINERS.has(c.tag) || HEADINGS.has(c.tag) || c.tag === 'pre' || c.tag === 'hr' || c.tag === 'p')
    )
      nested.push(c);
    else inlineRun.push(c);
  }
  const tmp = el('#frag', null, true);
  tmp.children = inlineRun;
  const inl = tidyInline(inline(tmp, ''));
  const onlyLists = !inl.length && nested.length > 0 && nested.every((n) => n.tag in LISTS || n.tag === 'mwlist');
  if (!onlyLists) out.push(['li', p.join(''), inl]);
  for (const n of nested) {
    if (n.tag === 'mwlist') listLinesOutline(n, out, p);
    else if (n.tag in LISTS) listItems(n, out, p);
    else {
      const wrap = el('#frag', null, true);
      wrap.children = [n];
      blocksOf(wrap, out, p);
    }
  }
}

function inline(node: El, flags: string): Inline[] {
  const res: Inline[] = [];
  for (const ch of node.children) {
    if (typeof ch === 'string') res.push(['t', flags, ch]);
    else res.push(...inlineNode(ch, flags));
  }
  return res;
}

function inlineNode(n: El, flags: string): Inline[] {
  if (UNWRAP.has(n.tag)) return inline(n, flags);
  const t = n.tag;
  if (t === 'a') {
    const body = tidyInline(inline(n, flags));
    if (n.attrs.link !== undefined) return [['link', n.attrs.link, body]];
    if (n.attrs.ext !== undefined) return [['ext', n.attrs.ext, n.attrs.kind, body]];
    return body;
  }
  if (t === 'br') return [['t', flags, ' ']];
  if (t === 'img') return [['img']];
  if (t === 'mwlist' || t === 'mwli') return inline(n, flags);
  const set = new Set(flags.split('|').filter((f) => f !== ''));
  set.add(t);
  return inline(n, [...set].sort().join('|'));
}

const COMMENT = '\u0001';

function preText(n: El): string {
  if (n.attrs.indent) {
    const lines = rawPreText(n)
      .split('\n')
      .filter((l) => !(l.includes(COMMENT) && l.replaceAll(COMMENT, '').trim() === ''));
    // MediaWiki's armorFrenchSpaces: a space before `:` `;` `!` `?` `%` `»` is a no-break space
    const text = lines.map((l) => l.replaceAll(COMMENT, '').replace(/^ /, '')).join('\n');
    return text
      .replace(/\r/g, '')
      .replace(/ (?=[?:;!%»›])/g, '\u00a0')
      .replace(/([«‹]) /g, '$1\u00a0')
      .trimEnd();
  }
  return rawPreText(n).replace(/\r/g, '').replace(/^\n/, '').trimEnd();
}

function rawPreText(n: El): string {
  const parts: string[] = [];
  const walk = (x: El) => {
    for (const c of x.children) {
      if (typeof c === 'string') parts.push(c);
      else walk(c);
    }
  };
  walk(n);
  return parts.join('');
}

const ws = (s: string) => s.replace(WS, ' ');

function tidyInline(items: Inline[]): Inline[] {
  let out: Inline[] = [];
  for (const it of items) {
    if (it[0] === 't') {
      const txt = ws(it[2].normalize('NFC'));
      const last = out[out.length - 1];
      if (last && last[0] === 't' && last[1] === it[1]) last[2] = ws(last[2] + txt);
      else out.push(['t', it[1], txt]);
    } else out.push(it);
  }
  if (out.length && out[0][0] === 't') out[0][2] = out[0][2].replace(/^[ \t\n\r\f\v\u00a0\u202f]+/, '');
  const l = out[out.length - 1];
  if (l && l[0] === 't') l[2] = l[2].replace(/[ \t\n\r\f\v\u00a0\u202f]+$/, '');
  out = out.filter((o) => !(o[0] === 't' && o[2] === ''));
  const merged: Inline[] = [];
  for (const o of out) {
    const last = merged[merged.length - 1];
    if (last && o[0] === 't' && last[0] === 't' && last[1] === o[1]) last[2] = ws(last[2] + o[2]);
    else merged.push(o);
  }
  return merged;
}

function normaliseTop(outline: Block[]): Block[] {
  const fix = (bs: Block[]) => {
    for (const b of bs) {
      if (b[0] === 'table') {
        const kids = b[1] as Block[];
        const rows = kids.filter((x) => x[0] === 'tr');
        if (rows.length === 1 && JSON.stringify(rows[0][1]) === '[["td",[]]]' && kids.length === 1) b[1] = [];
        fix(b[1] as Block[]);
      } else if (BLOCK_CONTAINERS.has(b[0] as string)) fix(b[1] as Block[]);
    }
  };
  fix(outline);
  return outline;
}
