// Link classification by the site's namespaces and prefixes:
// `চিত্র:x.jpg` → file (6), `বিষয়শ্রেণী:দেশ` → category (14), `en:Dhaka` → interlanguage,
// `:en:Dhaka` / `wikt:শব্দ` → interwiki, `বাংলাদেশ#ইতিহাস` → page `বাংলাদেশ`, fragment `ইতিহাস`.
import type { LinkType, WikiLink } from '../ast.js';
import type { Site } from '../site/bnwiki.js';
import { decodeEntity } from '../grammar-support/entities.js';
import { cleanTitle, COMPOSES, upperFirst } from '../site/titles.js';

/** What classification decides about a link (the fields of the `wikiLink` node). */
export type LinkClass = Pick<WikiLink, 'target' | 'namespace' | 'linkType' | 'title' | 'fragment' | 'interwiki'>;

const INVALID_TITLE = /[<>[\]|\n]/;
/** A title may hold no character reference (Title's rule): `[[Foo &amp;amp; bar]]` decodes to `Foo &amp; bar`, text. */
const REFERENCE_LIKE = /&[A-Za-z0-9\u0080-\uffff]+;/;
/** Relative-path titles MediaWiki rejects: `.`, `..`, `./ক`, `../ক`, `ক/./খ`, `ক/..`. */
const DOT_SEGMENT = /^\.\.?(?:\/|$)|\/\.\.?(?:\/|$)/;

/** Character references MediaWiki decodes: `Foo &amp; bar` → `Foo & bar`. */
export function decodeReferences(s: string): string {
  return s.includes('&')
    ? s.replace(/&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+|רלמ|رلم);/g, (e) => decodeEntity(e) ?? e)
    : s;
}

/** PHP's rawurldecode: `%25` → `%`, `%E0%A6%95` → `ক`; a sequence that is no UTF-8 stays as written. */
export function percentDecode(s: string): string {
  return s.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
/** A title that needs no normalising, no namespace or fragment: Bengali (no precomposed য়/ড়/ঢ়) or ASCII words. */
const SIMPLE =
  /^[^\s:#_<>[\]{}|&%\u00a0\u09dc\u09dd\u09df\u0080-\u097f\u0a00-\uffff](?:[^\s:#_<>[\]{}|&%\u00a0\u09dc\u09dd\u09df\u0080-\u097f\u0a00-\uffff]| (?! |$))*$/;

/** Classifies a link's raw target; null when MediaWiki would not make a link of it (`[[ক<খ]]`). */
export function classifyLink(rawTarget: string, site: Site): LinkClass | null {
  // Most targets are plain Bengali or ASCII titles: `[[বাংলাদেশ]]`.
  if (SIMPLE.test(rawTarget) && !COMPOSES.test(rawTarget) && !DOT_SEGMENT.test(rawTarget)) {
    const title = upperFirst(rawTarget);
    return { target: title, namespace: 0, linkType: 'page', title };
  }
  let t = decodeReferences(rawTarget.replace(/<!--[^]*?(?:-->|$)/g, ''));
  // `[[50%25 rule]]` → `50% rule` (Parser::handleInternalLinks2 rawurldecodes; a decoded `<`/`>` is
  // `&lt;`/`&gt;`, which a title may not hold but a fragment may: `[[%23%3c]]` links to the section `<`).
  if (t.includes('%')) t = percentDecode(t).replace(/</g, '&lt;').replace(/>/g, '&gt;');
  t = t.normalize('NFC');
  // Templates in a target are expanded by MediaWiki first: `[[#{{harvid|ক|খ}}|…]]` is a link.
  const bare = t.replace(/\{\{[^{}]*\}\}/g, '');
  if (INVALID_TITLE.test(bare)) return null;
  const hashAt = bare.indexOf('#');
  if (REFERENCE_LIKE.test(hashAt < 0 ? bare : bare.slice(0, hashAt))) return null;
  t = cleanTitle(t);
  const colon = t.startsWith(':');
  if (colon) t = cleanTitle(t.slice(1));
  const hash = t.indexOf('#');
  const fragment = hash >= 0 ? cleanTitle(t.slice(hash + 1)) : undefined;
  const page = hash >= 0 ? cleanTitle(t.slice(0, hash)) : t;
  const withFragment = (c: LinkClass): LinkClass => (fragment !== undefined ? { ...c, fragment } : c);

  const k = page.indexOf(':');
  if (k > 0) {
    const prefix = cleanTitle(page.slice(0, k));
    const rest = cleanTitle(page.slice(k + 1));
    const ns = site.namespaceOf(prefix);
    if (ns !== undefined && ns !== 0) {
      if (!rest || DOT_SEGMENT.test(rest)) return null;
      const title = upperFirst(rest);
      const target = `${site.namespaceName(ns)}:${title}`;
      const linkType: LinkType = colon
        ? 'page'
        : ns === 6
          ? 'file'
          : ns === 14
            ? 'category'
            : ns === -2
              ? 'media'
              : ns === -1
                ? 'special'
                : 'page';
      return withFragment({ target, namespace: ns, linkType, title });
    }
    if (site.isInterwiki(prefix)) {
      const iw = prefix.toLowerCase();
      const linkType: LinkType = !colon && site.isLanguage(prefix) ? 'interlanguage' : 'interwiki';
      return withFragment({ target: `${iw}:${rest}`, namespace: 0, linkType, title: rest, interwiki: iw });
    }
  }
  if ((!page && fragment === undefined) || DOT_SEGMENT.test(page)) return null;
  const title = upperFirst(page);
  return withFragment({ target: title, namespace: 0, linkType: 'page', title });
}
