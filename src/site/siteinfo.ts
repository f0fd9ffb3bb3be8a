// The facts a dump's `<siteinfo>` holds, for createSite: its language and namespace names.
// `<namespace key="6" case="first-letter">Αρχείο</namespace>` → namespaces[6] = { name: 'Αρχείο',
// canonical: 'File', aliases: [] }; `<base>https://el.wikipedia.org/…` → lang `el`.
import { SaxesParser } from 'saxes';
import { CANONICAL_NAMESPACES, type SiteFacts } from './create-site.js';

/** Reads `<siteinfo>` (alone, or the head of a whole dump) into site facts; other facts stay core's. */
export function siteFactsFromSiteinfo(xml: string): SiteFacts {
  const namespaces: NonNullable<SiteFacts['namespaces']> = {};
  let lang: string | undefined;
  const parser = new SaxesParser();
  let key: string | null = null;
  let field: 'namespace' | 'base' | 'dbname' | null = null;
  let text = '';
  let done = false;
  parser.on('opentag', (tag) => {
    if (tag.name === 'namespace' || tag.name === 'base' || tag.name === 'dbname') {
      field = tag.name;
      key = tag.name === 'namespace' ? String(tag.attributes.key ?? '') : null;
      text = '';
    }
  });
  parser.on('text', (t) => {
    if (field) text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'siteinfo') done = true;
    if (!field || tag.name !== field) return;
    if (field === 'namespace' && key !== null)
      namespaces[key] = { name: text, canonical: CANONICAL_NAMESPACES[key] ?? '', aliases: [] };
    else if (field === 'base') lang ??= /^https?:\/\/([a-z-]+)\.wiki/i.exec(text)?.[1];
    else if (field === 'dbname') lang = /^([a-z_]+?)wiki$/.exec(text)?.[1]?.replace(/_/g, '-') ?? lang;
    field = null;
  });
  const end = xml.indexOf('</siteinfo>');
  const head = end >= 0 ? xml.slice(xml.indexOf('<siteinfo'), end + '</siteinfo>'.length) : xml;
  parser.write(head);
  if (!done) throw new Error('siteFactsFromSiteinfo: no complete <siteinfo> element');
  const facts: SiteFacts = { namespaces };
  if (lang) facts.lang = lang;
  return facts;
}
