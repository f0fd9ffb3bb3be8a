// Regenerates src/site/bnwiki.json (committed data) from ../shared/reference: the bnwiki facts the
// parser needs — namespaces with aliases, magic words, image options, link trail, interwiki prefixes.
import { readFileSync, writeFileSync } from 'node:fs';

const ref = (f) => JSON.parse(readFileSync(new URL(`../../shared/reference/${f}`, import.meta.url), 'utf8'));
const site = ref('bnwiki-siteconfig.json');
const iw = ref('bnwiki-interwiki-prefixes.json');

const namespaces = {};
for (const [id, ns] of Object.entries(site.namespaces)) {
  const aliases = (ns.aliases ?? []).filter((a) => !a.includes('('));
  namespaces[id] = { name: ns.name, canonical: ns.canonical, aliases };
}
const magicWords = {};
for (const [id, [caseSensitive, ...words]] of Object.entries(site.magicWords))
  magicWords[id] = { caseSensitive: caseSensitive === 1, words };
const out = {
  lang: site.lang,
  linkTrail: site.linkTrailJs,
  namespaces,
  magicWords,
  languagePrefixes: Object.keys(iw.wikipedia_family_language_prefixes).sort(),
  interwikiPrefixes: [
    ...new Set([
      ...Object.keys(iw.bnwiki_local),
      ...Object.keys(iw.wikipedia_family_other_prefixes),
      ...Object.keys(iw.global_prefixes),
    ]),
  ].sort(),
};
writeFileSync(new URL('../src/site/bnwiki.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
console.log('src/site/bnwiki.json written');
