// Streams the pages of a MediaWiki XML dump with saxes: title, ns, id, revision id and timestamp, text, redirect, URL.
// <page><title>ঢাকা</title><ns>0</ns><id>52</id>…<text>'''ঢাকা''' বাংলাদেশের রাজধানী…</text></page> → one DumpPage.
// Every complete page before damage (cut-off input, broken XML) is yielded first; then a DumpError says where.
import { SaxesParser } from 'saxes';

export interface DumpPage {
  title: string;
  ns: number;
  /** The page id (not the revision's or the contributor's). */
  id: number | null;
  /** The (last) revision's id. */
  revid: number | null;
  /** The page's address on the wiki: siteinfo's base + the title, `https://bn.wikipedia.org/wiki/ঢাকা` percent-encoded. */
  url: string;
  /** The (last) revision's timestamp, as written: "2023-05-01T12:00:00Z". */
  timestamp: string | null;
  /** The target of `<redirect title="…"/>`, or null. */
  redirect: string | null;
  text: string;
  /** The line the `<page>` starts on. */
  line: number;
}

export interface ReadPagesOptions {
  /** The input's name, for messages. */
  source: string;
  /** Called with a warning, e.g. invalid UTF-8 replaced in a page. */
  onWarning?: (message: string) => void;
}

/** The dump is cut off or not well-formed: `line`/`column` (1-based) and `byte` (decompressed) say where. */
export class DumpError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly byte: number,
  ) {
    super(message);
  }
}

/** The page being read, field by field. */
interface OpenPage {
  title: string;
  ns: string;
  id: string;
  revid: string;
  timestamp: string;
  redirect: string | null;
  text: string;
  line: number;
  /** Invalid UTF-8 was replaced while this page was read. */
  invalid: boolean;
}

const newPage = (line: number): OpenPage => ({
  title: '',
  ns: '',
  id: '',
  revid: '',
  timestamp: '',
  redirect: null,
  text: '',
  line,
  invalid: false,
});

/** The field an element fills, from its parent: page/title, page/ns, page/id, revision/id, revision/timestamp, revision/text. */
function fieldOf(
  parent: string | undefined,
  name: string,
): 'title' | 'ns' | 'id' | 'revid' | 'timestamp' | 'text' | null {
  if (parent === 'page' && (name === 'title' || name === 'ns' || name === 'id')) return name;
  if (parent === 'revision' && (name === 'timestamp' || name === 'text')) return name;
  if (parent === 'revision' && name === 'id') return 'revid';
  return null;
}

/** Where articles live: siteinfo's `<base>https://bn.wikipedia.org/wiki/প্রধান_পাতা</base>` → "https://bn.wikipedia.org/wiki/". */
export function articlePath(base: string, dbname: string): string {
  const m = /^(https?:\/\/[^/]+\/(?:[^/]+\/)*)/.exec(base.trim());
  if (m) return m[1];
  const lang = /^([a-z-]+)wiki$/.exec(dbname.trim())?.[1] ?? 'bn';
  return `https://${lang}.wikipedia.org/wiki/`;
}

/** "ঢাকা বিভাগ" → "%E0%A6%A2…_%E0%A6%AC…": spaces as _, the rest percent-encoded except / and : (as MediaWiki writes links). */
export const titleUrlPart = (title: string): string =>
  encodeURIComponent(title.replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':');

/** A finished page with its numbers parsed. */
function finishPage(p: OpenPage, path: string): DumpPage {
  const num = (s: string): number | null => (/^\s*-?\d+\s*$/.test(s) ? Number(s) : null);
  const title = p.title.trim();
  return {
    title,
    ns: num(p.ns) ?? 0,
    id: num(p.id),
    revid: num(p.revid),
    url: path + titleUrlPart(title),
    timestamp: p.timestamp.trim() || null,
    redirect: p.redirect,
    text: p.text,
    line: p.line,
  };
}

const REPLACEMENT_BYTES = Buffer.from([0xef, 0xbf, 0xbd]);

/** How many times `needle` occurs in `hay`. */
function countBytes(hay: Buffer, needle: Buffer): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** How many U+FFFD a string holds. */
function countReplacement(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i !== -1; i = s.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Yields the dump's pages in order; throws DumpError (after the good pages) if the input is damaged. */
export async function* readPages(chunks: AsyncIterable<Buffer>, options: ReadPagesOptions): AsyncGenerator<DumpPage> {
  const { source } = options;
  const parser = new SaxesParser({ position: true });
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const stack: string[] = [];
  const ready: DumpPage[] = [];
  let page: OpenPage | null = null;
  let field: ReturnType<typeof fieldOf> = null;
  let fieldTag = ''; // the element filling `field`: <id> for revid
  const site = { base: '', dbname: '' };
  let siteField: 'base' | 'dbname' | null = null;
  let path = '';
  let parts: string[] = [];
  let sawRoot = false;
  let closedRoot = false;
  let broken: DumpError | null = null;
  let chunkInvalid = false;
  let bytesBefore = 0; // decompressed bytes (as decoded) before the chunk being parsed
  let bytesIn = 0; // decompressed bytes received
  let chunkText = '';
  let chunkStart = 0; // characters fed before chunkText (saxes' position of its start)

  /** The byte offset of saxes' current position. */
  const byteNow = (): number =>
    bytesBefore + Buffer.byteLength(chunkText.slice(0, Math.max(0, parser.position - chunkStart)));
  const where = (): string => `line ${parser.line}, column ${parser.column + 1} (byte ${byteNow()})`;
  const pageName = (p: OpenPage): string =>
    p.title ? `page '${p.title.trim()}'${p.id ? ` (id ${p.id.trim()})` : ''}` : 'a page';
  const fail = (message: string): void => {
    if (!broken) broken = new DumpError(`${source}: ${message}`, parser.line, parser.column + 1, byteNow());
  };

  parser.on('error', (e) =>
    fail(
      `not well-formed XML at ${where()}: ${e.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')}` +
        (page ? `, inside ${pageName(page)} begun on line ${page.line}` : ''),
    ),
  );
  parser.on('opentag', (tag) => {
    if (broken) return;
    const parent = stack[stack.length - 1];
    stack.push(tag.name);
    if (stack.length === 1) {
      sawRoot = true;
      if (tag.name !== 'mediawiki')
        fail(`not a MediaWiki XML dump: the root element is <${tag.name}>, not <mediawiki>`);
      return;
    }
    if (tag.name === 'page' && stack.length === 2) {
      page = newPage(parser.line);
      page.invalid = chunkInvalid;
      return;
    }
    if (parent === 'siteinfo' && (tag.name === 'base' || tag.name === 'dbname')) {
      siteField = tag.name;
      parts = [];
      return;
    }
    if (!page) return;
    if (tag.name === 'redirect' && parent === 'page') {
      page.redirect = String(tag.attributes.title ?? '');
      return;
    }
    field = fieldOf(parent, tag.name);
    fieldTag = tag.name;
    parts = [];
  });
  const onText = (t: string): void => {
    if ((field || siteField) && !broken) parts.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    if (broken) return;
    stack.pop();
    if (stack.length === 0) {
      closedRoot = true;
      return;
    }
    if (siteField && tag.name === siteField) {
      site[siteField] = parts.join('');
      siteField = null;
      parts = [];
      return;
    }
    if (!page) return;
    if (field && tag.name === fieldTag) {
      page[field] = parts.join('');
      field = null;
      parts = [];
      return;
    }
    if (tag.name === 'page' && stack.length === 1) {
      path ||= articlePath(site.base, site.dbname);
      const done = finishPage(page, path);
      if ((page.invalid || chunkInvalid) && countReplacement(done.title + done.text) > 0) {
        options.onWarning?.(
          `${source}: invalid UTF-8 in page '${done.title}'${done.id !== null ? ` (id ${done.id})` : ''} replaced with U+FFFD`,
        );
      }
      ready.push(done);
      page = null;
    }
  });

  let carry: Buffer = Buffer.alloc(0); // the last 2 bytes read before this chunk, for a U+FFFD split across chunks
  /** Decodes and parses one chunk; notes whether it held invalid UTF-8. */
  const feed = (chunk: Buffer, last: boolean): void => {
    bytesIn += chunk.length;
    const text = last ? decoder.decode() : decoder.decode(chunk, { stream: true });
    // U+FFFD bytes in the chunk, plus one split across the previous chunk's end and this one's start
    const rawReplacements = last
      ? 0
      : countBytes(chunk, REPLACEMENT_BYTES) +
        countBytes(Buffer.concat([carry, chunk.subarray(0, 2)]), REPLACEMENT_BYTES);
    // the stream's last 2 bytes, not the chunk's: a chunk of 1 byte keeps one from the chunk before it
    if (!last)
      carry = chunk.length >= 2 ? chunk.subarray(chunk.length - 2) : Buffer.concat([carry, chunk]).subarray(-2);
    chunkInvalid = countReplacement(text) > rawReplacements;
    if (chunkInvalid && page) page.invalid = true;
    chunkText = text;
    if (text) parser.write(text);
    chunkStart += text.length;
    bytesBefore += Buffer.byteLength(text);
  };

  try {
    for await (const chunk of chunks) {
      feed(chunk, false);
      while (ready.length) yield ready.shift() as DumpPage;
      if (broken) break;
    }
  } catch (e) {
    // The stream itself failed (gzip/bz2 damage, read error): keep what was parsed, then say so.
    feed(Buffer.alloc(0), true);
    while (ready.length) yield ready.shift() as DumpPage;
    const inside = page ? `; the input stops inside ${pageName(page)} begun on line ${(page as OpenPage).line}` : '';
    throw new DumpError(
      `${source}: ${(e as Error).message} (after ${bytesIn} bytes of XML, line ${parser.line})${inside}`,
      parser.line,
      parser.column + 1,
      bytesIn,
    );
  }
  if (!broken) {
    feed(Buffer.alloc(0), true);
    while (ready.length) yield ready.shift() as DumpPage;
  }
  if (broken) throw broken;
  const end = `line ${parser.line}, column ${parser.column + 1} (byte ${bytesIn}, the end of the input)`;
  if (!sawRoot)
    throw new DumpError(
      `${source}: not a MediaWiki XML dump: no <mediawiki> element`,
      parser.line,
      parser.column + 1,
      bytesIn,
    );
  if (page) {
    throw new DumpError(
      `${source}: the dump is cut off at ${end}, inside ${pageName(page)} begun on line ${(page as OpenPage).line}`,
      parser.line,
      parser.column + 1,
      bytesIn,
    );
  }
  if (!closedRoot) {
    throw new DumpError(
      `${source}: the dump is cut off at ${end}: no closing </mediawiki>`,
      parser.line,
      parser.column + 1,
      bytesIn,
    );
  }
  parser.close();
}
