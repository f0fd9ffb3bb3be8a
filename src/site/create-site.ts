// A wiki's facts → the Site the parser consults: `createSite({ namespaces, linkTrail, … })`. Facts not
// given are MediaWiki core's (English names, `[a-z]+` link trail, default URL protocols), so
// `parse(s, { site: createSite(siteFactsFromSiteinfo(xml)) })` reads a Greek page with Greek namespaces.
import bn from './bnwiki.json';
import { compileSite, type MagicLinkKind, type Site, type SiteData } from './bnwiki.js';

/** What a wiki's facts may say; everything is optional (core's facts fill in the rest). */
export interface SiteFacts {
  /** Content language code: `bn`, `el`. */
  lang?: string;
  /**
   * Link trail as MediaWiki writes it (`/^([a-z]+)(.*)$/sD`, `/^([\x{0900}-\x{097F}]+)(.*)$/sDu`) or as
   * a JavaScript pattern (`^([\u0980-\u09FF]+)([\s\S]*)$`).
   */
  linkTrail?: string;
  /** Namespace id → local name, canonical (English) name, aliases. */
  namespaces?: SiteData['namespaces'];
  /** Magic-word id → its words (`redirect`: `#REDIRECT`, `notoc`: `__NOTOC__`, `img_thumbnail`: `thumb` …). */
  magicWords?: SiteData['magicWords'];
  /** Interlanguage prefixes (`en`, `de`); links with them are interlanguage links. */
  languagePrefixes?: string[];
  /** Other interwiki prefixes (`wikt`, `commons`). */
  interwikiPrefixes?: string[];
  /** $wgUrlProtocols (`http://`, `mailto:`, `//` …). */
  urlProtocols?: string[];
  /** $wgEnableMagicLinks: which of `ISBN`, `PMID`, `RFC` become links (default none). */
  magicLinks?: MagicLinkKind[];
}

/** MediaWiki's canonical namespace names (every wiki accepts them beside its own). */
export const CANONICAL_NAMESPACES: Record<string, string> = {
  '-2': 'Media',
  '-1': 'Special',
  0: '',
  1: 'Talk',
  2: 'User',
  3: 'User talk',
  4: 'Project',
  5: 'Project talk',
  6: 'File',
  7: 'File talk',
  8: 'MediaWiki',
  9: 'MediaWiki talk',
  10: 'Template',
  11: 'Template talk',
  12: 'Help',
  13: 'Help talk',
  14: 'Category',
  15: 'Category talk',
  828: 'Module',
  829: 'Module talk',
};
/** Core's own aliases (MessagesEn): `Image:` is `File:`. */
const CANONICAL_ALIASES: Record<string, string[]> = { 6: ['Image'], 7: ['Image talk'] };

const ascii = (w: string) => /^[\x20-\x7e]*$/.test(w);

/** Bengali Wikipedia's facts: the default site of `parse`. */
export const bnwikiFacts: SiteFacts = bn as SiteData;

/**
 * MediaWiki core's facts (an English wiki): canonical namespaces, the English magic words (bnwiki's
 * list holds every core alias, so its ASCII words are core's), link trail `[a-z]+`.
 */
export const coreFacts: SiteFacts = {
  lang: 'en',
  linkTrail: '/^([a-z]+)(.*)$/sD',
  namespaces: Object.fromEntries(
    Object.entries(CANONICAL_NAMESPACES).map(([id, name]) => [
      id,
      { name, canonical: name, aliases: CANONICAL_ALIASES[id] ?? [] },
    ]),
  ),
  magicWords: Object.fromEntries(
    Object.entries((bn as SiteData).magicWords).map(([id, mw]) => [
      id,
      { caseSensitive: mw.caseSensitive, words: mw.words.filter(ascii) },
    ]),
  ),
  languagePrefixes: (bn as SiteData).languagePrefixes,
  interwikiPrefixes: (bn as SiteData).interwikiPrefixes,
};

/** A wiki's compiled site from its facts (`parse(s, { site })`); what the facts leave out is core's. */
export function createSite(facts: SiteFacts): Site {
  const d = { ...coreFacts, ...facts } as Required<SiteFacts>;
  const namespaces: SiteData['namespaces'] = {};
  for (const [id, n] of Object.entries(d.namespaces)) {
    // every wiki knows the canonical names too: `File:` on a Greek wiki is its `Αρχείο:`
    const canonical = n.canonical || CANONICAL_NAMESPACES[id] || '';
    namespaces[id] = { name: n.name, canonical, aliases: [...n.aliases, ...(CANONICAL_ALIASES[id] ?? [])] };
  }
  return compileSite({ ...d, namespaces, linkTrail: linkTrailPattern(d.linkTrail) });
}

/**
 * MediaWiki's link-trail regex as the pattern compileSite reads (`^(…)([\s\S]*)$`):
 * `/^([a-z]+)(.*)$/sD` → `^([a-z]+)([\s\S]*)$`, `\x{0900}` → `\u{0900}`.
 */
export function linkTrailPattern(trail: string): string {
  const php = /^\/(.*)\/[a-zA-Z]*$/s.exec(trail);
  const body = php ? php[1] : trail;
  return body.replace(/\\x\{([0-9a-fA-F]+)\}/g, '\\u{$1}').replace(/\((?:\.\*|\[\\s\\S\]\*)\)\$$/, '([\\s\\S]*)$');
}
