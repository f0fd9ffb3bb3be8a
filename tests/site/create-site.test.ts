// The public site API: createSite(facts) → a site for parse(s, { site }); core's facts fill the gaps;
// siteFactsFromSiteinfo reads a dump's <siteinfo>; MediaWiki's link-trail regexes are understood.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bnwikiFacts, createSite, parse, siteFactsFromSiteinfo } from '../../src/index.js';
import { linkTrailPattern } from '../../src/site/create-site.js';
import { all } from '../helpers.js';

const SITEINFO = `<siteinfo>
  <sitename>Βικιπαίδεια</sitename>
  <dbname>elwiki</dbname>
  <base>https://el.wikipedia.org/wiki/Πύλη:Κύρια</base>
  <namespaces>
    <namespace key="-1" case="first-letter">Ειδικό</namespace>
    <namespace key="0" case="first-letter" />
    <namespace key="6" case="first-letter">Αρχείο</namespace>
    <namespace key="14" case="first-letter">Κατηγορία</namespace>
  </namespaces>
</siteinfo>`;

describe('site API', () => {
  test('siteFactsFromSiteinfo reads the language and the namespace names', () => {
    const facts = siteFactsFromSiteinfo(`<mediawiki>${SITEINFO}<page></page></mediawiki>`);
    expect(facts.lang).toBe('el');
    expect(facts.namespaces?.['14']).toEqual({ name: 'Κατηγορία', canonical: 'Category', aliases: [] });
    expect(facts.namespaces?.['0']?.name).toBe('');
  });

  test('a site from those facts classifies local and canonical prefixes', () => {
    const site = createSite(siteFactsFromSiteinfo(SITEINFO));
    const links = all(
      parse('[[Κατηγορία:Χώρες]] [[Category:Χ]] [[Αρχείο:Χ.jpg|thumb]] [[Image:Y.png]]', { site }),
      'wikiLink',
    );
    expect(links.map((l) => [l.linkType, l.target])).toEqual([
      ['category', 'Κατηγορία:Χώρες'],
      ['category', 'Κατηγορία:Χ'],
      ['file', 'Αρχείο:Χ.jpg'],
      ['file', 'Αρχείο:Y.png'],
    ]);
    expect(all(parse('[[Αρχείο:Χ.jpg|thumb]]', { site }), 'linkPart')[0].option).toBe('thumbnail');
  });

  test('with core facts the link trail is [a-z]+; with bnwiki facts Bengali letters', () => {
    const en = createSite({});
    expect(all(parse('[[Main Page]]xxx, [[a]]XX', { site: en }), 'wikiLink').map((l) => l.trail)).toEqual(['xxx', '']);
    const bn = createSite(bnwikiFacts);
    expect(all(parse('[[বাংলাদেশ]]ের', { site: bn }), 'wikiLink')[0].trail).toBe('ের');
  });

  test.each([
    ['/^([a-z]+)(.*)$/sD', '^([a-z]+)([\\s\\S]*)$'],
    [
      '/^([\\x{0900}-\\x{097F}\\x{200C}\\x{200D}]+)(.*)$/sDu',
      '^([\\u{0900}-\\u{097F}\\u{200C}\\u{200D}]+)([\\s\\S]*)$',
    ],
    ['^([\\u0980-\\u09FF]+)([\\s\\S]*)$', '^([\\u0980-\\u09FF]+)([\\s\\S]*)$'],
  ])('link trail %j → %j', (php, js) => {
    expect(linkTrailPattern(php)).toBe(js);
  });

  test('a Marathi trail from its MediaWiki form joins Devanagari after ]]', () => {
    const site = createSite({ linkTrail: '/^([\\x{0900}-\\x{097F}\\x{200C}\\x{200D}]+)(.*)$/sDu' });
    expect(all(parse('[[भारत]]ात', { site }), 'wikiLink')[0].trail).toBe('ात');
  });

  test('siteFactsFromSiteinfo refuses input without a <siteinfo>', () => {
    expect(() => siteFactsFromSiteinfo('<mediawiki><page/></mediawiki>')).toThrow(/siteinfo/);
  });

  test('the shared dumps’ siteinfo files read', () => {
    const xml = readFileSync(
      new URL('../../../shared/corpus/other-wikis/ukwiki-siteinfo.xml', import.meta.url),
      'utf8',
    );
    expect(siteFactsFromSiteinfo(xml).namespaces?.['10']?.name).toBe('Шаблон');
  });
});
