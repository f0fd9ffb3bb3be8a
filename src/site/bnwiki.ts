// bnwiki's MediaWiki facts as data (namespaces, magic words, image options, link trail, interwiki),
// compiled once into lookups. `চিত্র:` / `File:` / `Image:` → namespace 6; `থাম্ব` → option thumbnail.
import data from './bnwiki.json';

export interface SiteData {
  lang: string;
  linkTrail: string;
  namespaces: Record<string, { name: string; canonical: string; aliases: string[] }>;
  magicWords: Record<string, { caseSensitive: boolean; words: string[] }>;
  languagePrefixes: string[];
  interwikiPrefixes: string[];
  /** $wgUrlProtocols: `http://`, `mailto:`, `//` …; default MediaWiki's list. */
  urlProtocols?: string[];
  /** $wgEnableMagicLinks: which of `ISBN 978…`, `RFC 822`, `PMID 1234` become links (default none). */
  magicLinks?: MagicLinkKind[];
}

export type MagicLinkKind = 'ISBN' | 'PMID' | 'RFC';

/** MediaWiki's default $wgUrlProtocols. */
export const URL_PROTOCOLS = [
  'bitcoin:',
  'ftp://',
  'ftps://',
  'geo:',
  'git://',
  'gopher://',
  'http://',
  'https://',
  'irc://',
  'ircs://',
  'magnet:',
  'mailto:',
  'matrix:',
  'mms://',
  'news:',
  'nntp://',
  'redis://',
  'sftp://',
  'sip:',
  'sips:',
  'sms:',
  'ssh://',
  'svn://',
  'tel:',
  'telnet://',
  'urn:',
  'worldwind://',
  'xmpp:',
  '//',
];

/** The compiled site configuration the parser and extractors consult. */
export interface Site {
  /** `বিষয়শ্রেণী` / `category` / `Category` → 14; undefined for a non-namespace. */
  namespaceOf(prefix: string): number | undefined;
  /** 6 → `চিত্র`. */
  namespaceName(id: number): string;
  isLanguage(prefix: string): boolean;
  isInterwiki(prefix: string): boolean;
  /** Link trail: the Bengali letters glued after `]]` (`ের` in `[[বাংলাদেশ]]ের`). */
  linkTrail: RegExp;
  /** The URL protocols links may use (`https://`, `mailto:`, `//` …). */
  urlProtocols: readonly string[];
  /** The magic links this wiki makes (`ISBN`, `PMID`, `RFC`); bnwiki: none. */
  magicLinks: readonly MagicLinkKind[];
  /** `থাম্ব` → `thumbnail`, `২০০px` → undefined (digits must be ASCII), `250px` → `width`. */
  imageOption(part: string): string | undefined;
  /** `#পুনর্নির্দেশ` / `#REDIRECT` (case-insensitive). */
  isRedirectWord(word: string): boolean;
  /** Behaviour switches in running text: `__NOTOC__`, `__কোন_বিষয়বস্তুর_ছক_নয়__`. */
  behaviorSwitch: RegExp;
  /** `__কোন_বিষয়বস্তুর_ছক_নয়__` → `notoc`. */
  behaviorSwitchName(word: string): string | undefined;
  /** `DEFAULTSORT` / `পূর্বনির্ধারিত_বাছাই` → `defaultsort` for `{{X:…}}` forms; `#if` → `#if`. */
  functionName(name: string): string | undefined;
  /** `PAGENAME` / `পাতার_নাম` / `!` → `pagename` / `!` for argument-less variables. */
  variableName(name: string): string | undefined;
}

const key = (s: string) => s.normalize('NFC').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** Magic-word ids that are variables (`{{PAGENAME}}`) rather than functions (`{{DEFAULTSORT:x}}`). */
const VARIABLE_IDS = new Set(['pagename', 'namespace', 'sitename', 'currentyear']);
/** English-only magic words that bnwiki inherits (MessagesEn). */
const ENGLISH_VARIABLES = [
  '!',
  '=',
  'PAGENAME',
  'PAGENAMEE',
  'FULLPAGENAME',
  'SUBPAGENAME',
  'BASEPAGENAME',
  'NAMESPACE',
  'SITENAME',
  'CURRENTYEAR',
  'CURRENTMONTH',
  'CURRENTDAY',
  'CURRENTMONTHNAME',
  'CURRENTTIMESTAMP',
  'REVISIONID',
  'REVISIONYEAR',
  'NUMBEROFARTICLES',
  'TALKPAGENAME',
  'ARTICLEPAGENAME',
  'SERVER',
  'SCRIPTPATH',
];
const ENGLISH_FUNCTIONS = [
  'ns',
  'nse',
  'int',
  'subst',
  'safesubst',
  'msgnw',
  'msg',
  'raw',
  'urlencode',
  'anchorencode',
  'lc',
  'uc',
  'lcfirst',
  'ucfirst',
  'fullurl',
  'localurl',
  'canonicalurl',
  'filepath',
  'padleft',
  'padright',
  'formatnum',
  'plural',
  'grammar',
  'gender',
  'tag',
  'defaultsort',
  'defaultsortkey',
  'defaultcategorysort',
  'displaytitle',
  'pagesincategory',
  'numberof',
  'special',
  'bidi',
  'pagesize',
  'protectionlevel',
];

/** Compiles site data into the lookups the parser uses. */
export function compileSite(d: SiteData): Site {
  const ns = new Map<string, number>();
  const names = new Map<number, string>();
  for (const [id, n] of Object.entries(d.namespaces)) {
    const num = Number(id);
    names.set(num, n.name);
    for (const name of [n.name, n.canonical, ...n.aliases]) if (name) ns.set(key(name), num);
  }
  const languages = new Set(d.languagePrefixes.map(key));
  const interwiki = new Set(d.interwikiPrefixes.map(key));

  const imageExact = new Map<string, string>();
  const imageParam: { re: RegExp; id: string }[] = [];
  const redirect = new Set<string>();
  const switches = new Map<string, string>();
  const functions = new Map<string, string>();
  const variables = new Map<string, string>();
  for (const [id, mw] of Object.entries(d.magicWords)) {
    if (id.startsWith('img_')) {
      const opt = id.slice(4);
      for (const w of mw.words) {
        if (!w.includes('$1')) imageExact.set(w.normalize('NFC'), opt);
        else {
          const [pre, post] = w
            .normalize('NFC')
            .split('$1')
            .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
          // MediaWiki's width parser takes ASCII digits, allows `x` for a height and spaces before `px`.
          const value = opt === 'width' ? '[0-9]*(?:x[0-9]*)?\\s*' : '[^]*';
          imageParam.push({ re: new RegExp(`^${pre}${value}${post}$`, 'u'), id: opt });
        }
      }
    } else if (id === 'redirect') for (const w of mw.words) redirect.add(key(w));
    else if (mw.words.every((w) => w.startsWith('__')))
      for (const w of mw.words)
        switches.set(mw.caseSensitive ? w.normalize('NFC') : w.normalize('NFC').toLowerCase(), id);
    else if (VARIABLE_IDS.has(id)) for (const w of mw.words) variables.set(key(w), id);
    else for (const w of mw.words) functions.set(key(w.replace(/:$/, '')), id);
  }
  for (const w of ENGLISH_VARIABLES)
    if (!variables.has(key(w))) variables.set(key(w), w === '!' || w === '=' ? w : w.toLowerCase());
  for (const w of ENGLISH_FUNCTIONS) if (!functions.has(key(w))) functions.set(key(w), w);
  const switchWords = [...switches.keys()];
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const behaviorSwitch = new RegExp(
    `__(?:${switchWords
      .map((w) => escapeRegExp(w.slice(2, -2)))
      .sort((a, b) => b.length - a.length)
      .join('|')}|FORCETOC)__`,
    'giu',
  );

  return {
    namespaceOf: (prefix) => ns.get(key(prefix)),
    namespaceName: (id) => names.get(id) ?? '',
    isLanguage: (p) => languages.has(key(p)),
    isInterwiki: (p) => interwiki.has(key(p)) || languages.has(key(p)),
    urlProtocols: d.urlProtocols ?? URL_PROTOCOLS,
    magicLinks: d.magicLinks ?? [],
    linkTrail: new RegExp(d.linkTrail.replace(/\(\[\\s\\S\]\*\)\$$/, '').replace(/^\^/, '^'), 'u'),
    imageOption(part) {
      const p = part.trim().normalize('NFC');
      const exact = imageExact.get(p);
      if (exact) return exact;
      for (const { re, id } of imageParam) if (re.test(p)) return id;
      return undefined;
    },
    isRedirectWord: (w) => redirect.has(key(w)),
    behaviorSwitch,
    behaviorSwitchName: (w) => switches.get(w.normalize('NFC')) ?? switches.get(w.normalize('NFC').toLowerCase()),
    functionName(name) {
      const n = name.trim();
      if (n.startsWith('#')) return n.toLowerCase();
      return functions.get(key(n));
    },
    variableName: (name) => variables.get(key(name)),
  };
}

/** The default site: Bengali Wikipedia. */
export const bnwiki: Site = compileSite(data as SiteData);
