// Agreement with an independent, established parser (wikiparser-node, configured for bnwiki) on
// the 300 real articles of ../shared/corpus: per article, the multiset of template names and the
// multiset of plain link targets; score = Σ matched / Σ max(ours, theirs) over the corpus, ≥ 0.97.
//
// Compared:
//   templates — our `template` nodes vs their `template` tokens (not parser functions, not magic
//               words); names normalised: trimmed, `_` → space, runs of spaces to one, without a
//               Template:/টেমপ্লেট: prefix, first letter upper-cased.
//   links     — our wikiLinks with namespace 0 and linkType 'page' vs their `link` tokens in
//               namespace 0 without an interwiki prefix; the target without its fragment,
//               normalised the same way. Fragment-only links (`[[#ইতিহাস]]`, target '') are
//               same-page anchors, not page targets, and are left out on both sides.
//
// Known disagreements on this corpus (99.95% templates, 99.76% links when written):
//   - <gallery> captions and <poem> bodies: MediaWiki parses them as wikitext, we keep them opaque
//     (as the issue specifies), so their links/templates are ours-missing (about 75 links, 4
//     templates).
//   - `[http://x.org/a{{অকার্যকর সংযোগ|…}} label]`: our URL swallows the `{{`, losing the template.
//   - `{{The [[United Nations|UN]] Statistics …}}` (an invalid template name): MediaWiki prints the
//     braces as text and links the inner [[…]]; we make a template and lose the links.
//   - `[[Clovis&nbsp;I|…]]`: MediaWiki decodes entities in link targets (→ "Clovis I"), we don't.
//   - `{{noexternallanglinks}}` (Wikibase function hook, on the Main Page): they call it a magic
//     word, we a template.
import fs from 'node:fs';
import path from 'node:path';
import Parser from 'wikiparser-node';
import type { Config } from 'wikiparser-node';
import { expect, test } from 'vitest';
import { parse } from '../../src/index.js';
import { allNodes } from '../invariants.js';
import { corpusArticles } from './corpus.js';

const root = path.resolve(import.meta.dirname, '../..');

interface Article {
  title: string;
  text: string;
}

interface SiteJson {
  namespaces: Record<string, { name: string; canonical: string; aliases: string[] }>;
  magicWords: Record<string, { caseSensitive: boolean; words: string[] }>;
  languagePrefixes: string[];
  interwikiPrefixes: string[];
}

/**
 * wikiparser-node's configuration for bnwiki: its enwiki config plus, from our site module, the
 * Bengali namespace names and aliases, Bengali magic words (parser functions, behaviour switches,
 * redirect), Bengali image options, and the interlanguage/interwiki prefixes. Each Bengali synonym
 * is given the value its English synonym has in the enwiki config.
 */
function bnwikiConfig(): Config {
  const en = JSON.parse(fs.readFileSync(path.resolve(root, 'node_modules/wikiparser-node/config/enwiki.json'), 'utf8'));
  const site = JSON.parse(fs.readFileSync(path.resolve(root, 'src/site/bnwiki.json'), 'utf8')) as SiteJson;
  const config = structuredClone(en);
  for (const [id, ns] of Object.entries(site.namespaces)) {
    config.namespaces[id] = ns.name;
    for (const name of [ns.name, ns.canonical, ...ns.aliases])
      config.nsid[name.toLowerCase().replaceAll('_', ' ')] = Number(id);
  }
  const [functionsCi, functionsCs] = config.parserFunction as [Record<string, string>, Record<string, string>];
  const switches = config.doubleUnderscore as [unknown, unknown, Record<string, string>, Record<string, string>];
  const isAscii = (w: string) => /^[\x00-\x7f]*$/.test(w);
  for (const [id, { caseSensitive, words }] of Object.entries(site.magicWords)) {
    const local = words.filter((w) => !isAscii(w));
    const english = words.filter(isAscii);
    if (id === 'redirect') {
      for (const w of local) config.redirection.push(w.toLowerCase());
    } else if (id.startsWith('img_')) {
      const value = english.map((w) => en.img[w] as string | undefined).find(Boolean) ?? id.slice(4);
      for (const w of local) config.img[w] = value;
    } else if (words.some((w) => w.startsWith('__'))) {
      const value =
        english
          .map((w) => w.slice(2, -2))
          .map((w) => switches[2][w.toLowerCase()] ?? switches[3][w])
          .find(Boolean) ?? id;
      for (const w of local) {
        const key = w.slice(2, -2);
        if (caseSensitive) switches[3][key] = value;
        else switches[2][key.toLowerCase()] = value;
      }
    } else {
      const value =
        english
          .map((w) => w.replace(/:$/, ''))
          .map((w) => functionsCs[w] ?? functionsCi[w.toLowerCase()])
          .find(Boolean) ?? id;
      for (const w of local.map((x) => x.replace(/:$/, ''))) {
        if (caseSensitive) functionsCs[w] = value;
        else functionsCi[w.toLowerCase()] = value;
      }
    }
  }
  config.interwiki = [...site.languagePrefixes, ...site.interwikiPrefixes].map((p) =>
    p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  return config as Config;
}

/** `Template:foo_bar ` → `Foo bar`; `টেমপ্লেট:তথ্যছক` → `তথ্যছক`. */
function normalise(name: string): string {
  const s = name
    .replaceAll('_', ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:template|টেমপ্লেট)\s*:\s*/i, '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface Tally {
  matched: number;
  max: number;
  oursOnly: string[];
  theirsOnly: string[];
}

/** Multiset agreement of two lists of names. */
function compare(ours: string[], theirs: string[]): Tally {
  const count = (xs: string[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const a = count(ours);
  const b = count(theirs);
  let matched = 0;
  const oursOnly: string[] = [];
  const theirsOnly: string[] = [];
  for (const [k, n] of a) {
    const m = b.get(k) ?? 0;
    matched += Math.min(n, m);
    for (let i = m; i < n; i++) oursOnly.push(k);
  }
  for (const [k, m] of b) for (let i = a.get(k) ?? 0; i < m; i++) theirsOnly.push(k);
  return { matched, max: Math.max(ours.length, theirs.length), oursOnly, theirsOnly };
}

interface TitleToken {
  type: string;
  name: string;
  link: { ns: number; title: string; interwiki: string };
}

test('template names and plain link targets agree with wikiparser-node on ≥ 97% of the 300 articles', () => {
  const articles: Article[] = corpusArticles();
  expect(articles).toHaveLength(300);
  Parser.config = bnwikiConfig();

  const total = { templates: { matched: 0, max: 0 }, links: { matched: 0, max: 0 } };
  const disagreements: string[] = [];
  for (const { title, text } of articles) {
    const nodes = allNodes(parse(text));
    const ourTemplates = nodes.flatMap((n) => (n.type === 'template' ? [normalise(n.name)] : []));
    const ourLinks = nodes.flatMap((n) =>
      n.type === 'wikiLink' && n.namespace === 0 && n.linkType === 'page' ? [normalise(n.target)] : [],
    );

    const tree = Parser.parse(text, false);
    const theirTemplates = (tree.querySelectorAll('template') as unknown as TitleToken[]).map((t) => normalise(t.name));
    const theirLinks = (tree.querySelectorAll('link') as unknown as TitleToken[])
      .filter((t) => t.link.ns === 0 && !t.link.interwiki)
      .map((t) => normalise(t.link.title));

    const templates = compare(ourTemplates, theirTemplates);
    const links = compare(
      ourLinks.filter((x) => x !== ''),
      theirLinks.filter((x) => x !== ''),
    );
    for (const [kind, t] of [
      ['templates', templates],
      ['links', links],
    ] as const) {
      total[kind].matched += t.matched;
      total[kind].max += t.max;
      if (t.oursOnly.length > 0)
        disagreements.push(`${title}: ${kind} only ours: ${t.oursOnly.map((x) => x.slice(0, 60)).join(' · ')}`);
      if (t.theirsOnly.length > 0)
        disagreements.push(`${title}: ${kind} only theirs: ${t.theirsOnly.map((x) => x.slice(0, 60)).join(' · ')}`);
    }
  }

  const templateScore = total.templates.matched / total.templates.max;
  const linkScore = total.links.matched / total.links.max;
  console.log(
    [
      `agreement with wikiparser-node over 300 bnwiki articles:`,
      `  templates ${total.templates.matched}/${total.templates.max} = ${(100 * templateScore).toFixed(2)}%`,
      `  links     ${total.links.matched}/${total.links.max} = ${(100 * linkScore).toFixed(2)}%`,
      `disagreements (${disagreements.length} article/kind pairs):`,
      ...disagreements.map((d) => '  ' + d),
    ].join('\n'),
  );
  expect(templateScore).toBeGreaterThanOrEqual(0.97);
  expect(linkScore).toBeGreaterThanOrEqual(0.97);
});
