// The template census: every template used in prose across ../shared/corpus, counted by name (aliases
// and case folded by src/site/template-rules.ts, template redirects read from the dump), with the
// family of the rule that says what it shows, and the coverage: the share of uses that have a rule.
// `npx tsx scripts/template-census.ts` → a table on stdout (`--all` lists every name, not only ≥ 3 uses).
// "In prose" = what the plain-text renderer walks: not inside <ref>, not inside the arguments of a
// template whose family shows nothing (an infobox's fields are data, not prose).
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Nodes } from '../src/ast.js';
import { parse } from '../src/parse.js';
import { TEXT_FAMILIES, templateRule, type TemplateFamily } from '../src/site/template-rules.js';

export interface CensusRow {
  name: string;
  uses: number;
  /** The family by name; 'navbox' also for a name without one whose every use stands alone on its line. */
  family: TemplateFamily | null;
  /** True when the family comes from where the template stands, not from its name. */
  byPosition: boolean;
}

export interface Census {
  rows: CensusRow[];
  uses: number;
  covered: number;
  /** covered / uses. */
  coverage: number;
  /** Uses covered by a rule for the name (explicit or by its shape), without the stand-alone rule. */
  coveredByName: number;
}

/**
 * A template alone on its line at the top level (`\n{{এশিয়ার দেশ}}\n`): bnwiki's navboxes, banners and
 * boxes stand so; a template inside a sentence never does.
 */
function standsAlone(n: Nodes, source: string): boolean {
  const s = n.position!.start.offset!;
  const e = n.position!.end.offset!;
  const before = source.lastIndexOf('\n', s - 1) + 1;
  const after = source.indexOf('\n', e);
  return source.slice(before, s).trim() === '' && source.slice(e, after < 0 ? source.length : after).trim() === '';
}

/** Template redirects in a dump (`টেমপ্লেট:Cvt` → `#পুনর্নির্দেশ [[টেমপ্লেট:রূপান্তর]]`): name → target name. */
export function templateRedirects(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<page>[^]*?<\/page>/g)) {
    const page = m[0];
    if (!/<ns>10<\/ns>/.test(page)) continue;
    const title = /<title>(?:টেমপ্লেট|Template):([^<]*)<\/title>/.exec(page)?.[1];
    const target = /<redirect title="(?:টেমপ্লেট|Template):([^"]*)"/.exec(page)?.[1];
    if (title && target) out.set(title, target);
  }
  return out;
}

/** Counts the templates a reader's prose passes through in each article. */
export function census(texts: Iterable<string>, redirects = new Map<string, string>()): Census {
  const counts = new Map<string, number>();
  /** Names with a use that does not stand alone on its line at the top level. */
  const inline = new Set<string>();
  let source = '';
  const walk = (n: Nodes, top: boolean): void => {
    if (n.type === 'extensionTag' && n.name !== 'poem') return;
    if (n.type === 'template') {
      const name = redirects.get(n.name) ?? n.name;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (!top || !standsAlone(n, source)) inline.add(name);
      const rule = templateRule(name);
      if (!rule || !TEXT_FAMILIES.has(rule.family)) return;
    }
    if (n.type === 'wikiLink' && (n.linkType === 'file' || n.linkType === 'category')) return;
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c, n.type === 'root');
  };
  for (const t of texts) {
    source = t;
    walk(parse(t), false);
  }
  // Names that differ only in case or `_` are one template.
  const rows = new Map<string, CensusRow>();
  for (const [name, uses] of counts) {
    const k = name.replace(/_/g, ' ').toLowerCase();
    const row = rows.get(k) ?? { name, uses: 0, family: templateRule(name)?.family ?? null, byPosition: false };
    row.uses += uses;
    if (inline.has(name)) row.byPosition = false;
    else if (!row.family || row.byPosition) {
      row.family = 'navbox';
      row.byPosition = true;
    }
    rows.set(k, row);
  }
  const list = [...rows.values()].sort((a, b) => b.uses - a.uses || a.name.localeCompare(b.name));
  const uses = list.reduce((s, r) => s + r.uses, 0);
  const covered = list.reduce((s, r) => s + (r.family ? r.uses : 0), 0);
  const coveredByName = list.reduce((s, r) => s + (r.family && !r.byPosition ? r.uses : 0), 0);
  return { rows: list, uses, covered, coverage: uses ? covered / uses : 1, coveredByName };
}

const corpus = (name: string) => fileURLToPath(new URL(`../../shared/corpus/${name}`, import.meta.url));

/** The 300 articles of the shared corpus, and the template redirects of its dump. */
export function corpusCensus(): Census {
  const lines = gunzipSync(readFileSync(corpus('bnwiki-300-articles.ndjson.gz')))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim());
  const redirects = templateRedirects(gunzipSync(readFileSync(corpus('bnwiki-300.xml.gz'))).toString('utf8'));
  return census(
    lines.map((l) => (JSON.parse(l) as { text: string }).text),
    redirects,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const all = process.argv.includes('--all');
  const c = corpusCensus();
  const shown = c.rows.filter((r) => all || r.uses >= 3);
  console.log(`uses\tfamily\tname`);
  for (const r of shown)
    console.log(`${r.uses}\t${r.family ?? '—'}${r.byPosition ? ' (stands alone)' : ''}\t${r.name}`);
  const families = new Map<string, number>();
  for (const r of c.rows) families.set(r.family ?? '(no rule)', (families.get(r.family ?? '(no rule)') ?? 0) + r.uses);
  console.log(
    `\nby family: ${[...families]
      .sort((a, b) => b[1] - a[1])
      .map(([f, n]) => `${f} ${n}`)
      .join(', ')}`,
  );
  const unruled3 = c.rows.filter((r) => r.uses >= 3 && !r.family);
  console.log(
    `${c.rows.length} names, ${c.uses} uses in prose; ${c.covered} with a rule: coverage ${(100 * c.coverage).toFixed(2)}%`,
  );
  console.log(
    `by name alone (without the stands-alone-on-its-line rule): ${c.coveredByName} uses, ${((100 * c.coveredByName) / c.uses).toFixed(2)}%`,
  );
  console.log(
    `names used ≥ 3 times without a rule: ${unruled3.length}${unruled3.length ? ` (${unruled3.map((r) => r.name).join(', ')})` : ''}`,
  );
}
