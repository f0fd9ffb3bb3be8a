// The plain-text figures over the 300 shared articles: convert values kept, leaked markup, hidden sort
// keys reaching the text, empty `()` the source does not have, texts ending on (or holding) a bare
// heading. Used by plain-text-corpus.test.ts; `npx tsx tests/corpus/text-figures.ts` prints them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Nodes, Root } from '../../src/ast.js';
import { convertArticle } from '../../src/index.js';
import { parse } from '../../src/parse.js';
import { toAsciiDigits } from '../../src/dates/digits.js';
import { TEXT_FAMILIES, templateRule } from '../../src/site/template-rules.js';
import { stringifyAll } from '../../src/stringify.js';
import { sectionsOf } from '../../src/text/sections.js';
import { corpusArticles } from './corpus.js';

export interface TextFigures {
  articles: number;
  /** Convert templates in prose, and those whose number is in the text. */
  converts: number;
  convertsKept: number;
  missingConverts: string[];
  /** Leaked markup, each as `title: what`. */
  leaks: string[];
  /** Text characters that came from a hidden sort key. */
  sortKeyLeaks: string[];
  /** Articles with more empty `()` in the text than in the wikitext. */
  emptyParens: string[];
  /** Texts whose last line is a heading, or holding a heading with no text below it. */
  bareHeadings: string[];
}

/** What counts as leaked markup in a text, line by line. */
const LEAKS: [string, RegExp][] = [
  ["''", /''/],
  ['[[', /\[\[/],
  [']]', /\]\]/],
  ['{{', /\{\{/],
  ['}}', /\}\}/],
  ['table markup line', /^\s*(?:\{\||\|\}|\|-|\|\+)/],
  ['entity', /&(?:[a-z][a-z0-9]{1,8}|#\d{1,7}|#x[0-9a-f]{1,6});/i],
  ['<ref', /<\/?ref\b/i],
];

/** Source ranges a reader never sees: display:none spans, sortkey spans and `{{sort}}` keys. */
function hiddenRanges(root: Root, source: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of source.matchAll(
    /<span[^>]*(?:display\s*:\s*none|class\s*=\s*["']?[^"'>]*\bsortkey\b)[^>]*>([^<]*)<\/span>/gi,
  )) {
    if (m[1].trim()) out.push([m.index! + m[0].indexOf('>') + 1, m.index! + m[0].length - 7]);
  }
  const walk = (n: Nodes): void => {
    if (n.type === 'template' && /^sort$/i.test(n.name)) {
      const [key, shown] = n.children.filter((a) => a.name === undefined);
      if (key && shown && key.children.length)
        out.push([key.children[0].position!.start.offset!, key.position!.end.offset!]);
    }
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(root);
  return out;
}

/** `{{রূপান্তর|10,180,000|km2}}` in prose (not in refs, not in an infobox's fields) → "10180000". */
function proseConverts(root: Root): string[] {
  const out: string[] = [];
  const walk = (n: Nodes): void => {
    if (n.type === 'extensionTag') return;
    if (n.type === 'template') {
      const rule = templateRule(n.name);
      if (rule?.family === 'convert') {
        const first = n.children.find((a) => a.name === undefined);
        const value = first
          ? toAsciiDigits(stringifyAll(first.children))
              .replace(/<!--[^]*?-->/g, '')
              .replace(/[,\s]/g, '')
              .replace(/^[−-]/, '')
          : '';
        if (/^\d/.test(value)) out.push(value);
        return;
      }
      if (!rule || !TEXT_FAMILIES.has(rule.family)) return;
    }
    if (n.type === 'wikiLink' && (n.linkType === 'file' || n.linkType === 'category')) return;
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(root);
  return out;
}

const emptyParens = (s: string) => s.match(/\(\s*\)/g)?.length ?? 0;

/** The figures over some articles (default: the 300 shared bnwiki articles). */
export function textFigures(articles: { title: string; text: string }[] = corpusArticles()): TextFigures {
  const f: TextFigures = {
    articles: 0,
    converts: 0,
    convertsKept: 0,
    missingConverts: [],
    leaks: [],
    sortKeyLeaks: [],
    emptyParens: [],
    bareHeadings: [],
  };
  for (const a of articles) {
    f.articles++;
    const record = convertArticle(a.text, { title: a.title });
    const root = parse(a.text);
    const plain = toAsciiDigits(record.text).replace(/,/g, '');
    for (const v of proseConverts(root)) {
      f.converts++;
      if (plain.includes(v)) f.convertsKept++;
      else f.missingConverts.push(`${a.title}: ${v}`);
    }
    // Markup inside <nowiki>/<pre>/<math> is shown as written: not a leak.
    const verbatim = /<(nowiki|pre|math|syntaxhighlight|source|code)\b[^>]*>[^]*?<\/\1>/gi;
    const shown = (a.text.match(verbatim) ?? []).join('\n');
    for (const line of record.text.split('\n')) {
      for (const [what, re] of LEAKS)
        if (re.test(line) && !(what !== 'table markup line' && re.test(shown)))
          f.leaks.push(`${a.title}: ${what}: ${line.slice(0, 120)}`);
    }
    const hidden = hiddenRanges(root, a.text);
    if (hidden.length) {
      for (const s of sectionsOf(root)) {
        const { text, map } = s.body;
        for (let i = 0; i < text.length; i++) {
          const at = map[i];
          const r = hidden.find(([x, y]) => at >= x && at < y);
          if (r) {
            f.sortKeyLeaks.push(`${a.title}: ${JSON.stringify(a.text.slice(r[0], r[1]))}`);
            break;
          }
        }
      }
    }
    if (emptyParens(record.text) > emptyParens(a.text))
      f.emptyParens.push(`${a.title}: ${record.text.match(/.{0,40}\(\s*\).{0,20}/)?.[0]}`);
    // A section whose text is empty, and empty in every section below it, must not show its heading.
    const secs = record.sections;
    const empty = new Set<string>();
    secs.forEach((sec, i) => {
      if (!sec.heading || sec.text) return;
      let j = i + 1;
      while (j < secs.length && secs[j].level > sec.level && !secs[j].text) j++;
      if (j >= secs.length || secs[j].level <= sec.level) empty.add(sec.heading);
    });
    for (const t of secs) if (t.text) empty.delete(t.heading);
    const blocks = record.text.split('\n\n');
    blocks.forEach((b, i) => {
      if (empty.has(b.trim()))
        f.bareHeadings.push(`${a.title}: ${i === blocks.length - 1 ? 'ends on' : 'holds'} ${JSON.stringify(b)}`);
    });
  }
  return f;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // `npx tsx tests/corpus/text-figures.ts ../shared/corpus/other-wikis/ukwiki-articles.ndjson.gz`: another file.
  const file = process.argv[2];
  const f = textFigures(
    file
      ? gunzipSync(readFileSync(file))
          .toString('utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l))
      : undefined,
  );
  console.log(`${f.articles} articles`);
  console.log(
    `convert values kept: ${f.convertsKept}/${f.converts} (${((100 * f.convertsKept) / f.converts).toFixed(1)}%)`,
  );
  for (const m of f.missingConverts) console.log(`  missing ${m}`);
  console.log(`leaked markup lines: ${f.leaks.length}`);
  for (const m of f.leaks) console.log(`  ${m}`);
  console.log(`sort keys in text: ${f.sortKeyLeaks.length}`);
  for (const m of f.sortKeyLeaks) console.log(`  ${m}`);
  console.log(`articles with more empty () than the source: ${f.emptyParens.length}`);
  for (const m of f.emptyParens) console.log(`  ${m}`);
  console.log(`bare headings: ${f.bareHeadings.length}`);
  for (const m of f.bareHeadings) console.log(`  ${m}`);
}
