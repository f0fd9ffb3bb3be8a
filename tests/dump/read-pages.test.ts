// The dump reader (src/dump/read-pages.ts) on small dumps fed in chunks of every size: each page's fields, the
// site's article path, invalid UTF-8, and damage (broken XML, a cut, a failing stream, not a dump) said with
// its line, column and byte after every complete page before it.
// e.g. `<page><title> ক খ/গ:ঘ </title>…<id>5</id>…` → { title: 'ক খ/গ:ঘ', id: 5, url: '…/%E0%A6%95_%E0%A6%96/…:…' }.
import { describe, it, expect } from 'vitest';
import { readPages, articlePath, titleUrlPart, DumpError, type DumpPage } from '../../src/dump/read-pages.js';

const SITE = '<siteinfo><base>https://mr.wikipedia.org/wiki/मुखपृष्ठ</base><dbname>mrwiki</dbname></siteinfo>';
const PAGE_1 =
  '<page><title> ক খ/গ:ঘ </title><ns>0</ns><id>5</id><revision><id>50</id>' +
  '<timestamp> 2020-01-01T00:00:00Z </timestamp><contributor><username>ক</username><id>9</id></contributor>' +
  '<text xml:space="preserve">ঢাকা &amp; <![CDATA[<b>]]> শহর</text></revision></page>';
const PAGE_2 =
  '<page><title>ঢাকা শহর</title><ns>14</ns><id>6</id><redirect title="ঢাকা" /><revision><id>60</id><text>#REDIRECT</text></revision></page>';
const DUMP = `<mediawiki>\n${SITE}\n${PAGE_1}\n${PAGE_2}\n</mediawiki>\n`;

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Every page read, the warnings, and the error that ended the reading (or null). */
async function read(input: string | Buffer, size = 1 << 20, chunks?: AsyncIterable<Buffer>) {
  const pages: DumpPage[] = [];
  const warnings: string[] = [];
  let error: DumpError | null = null;
  const bytes = typeof input === 'string' ? Buffer.from(input) : input;
  try {
    for await (const p of readPages(chunks ?? chunksOf(bytes, size), {
      source: 'd.xml',
      onWarning: (m) => warnings.push(m),
    }))
      pages.push(p);
  } catch (e) {
    if (!(e instanceof DumpError)) throw e;
    error = e;
  }
  return { pages, warnings, error };
}

describe('readPages: the fields of a page', () => {
  it('reads title (trimmed), ns, the page id (not the revision or contributor id), revid, timestamp, text, line', async () => {
    const { pages, warnings, error } = await read(DUMP);
    expect(error).toBeNull();
    expect(warnings).toEqual([]);
    expect(pages[0]).toEqual({
      title: 'ক খ/গ:ঘ',
      ns: 0,
      id: 5,
      revid: 50,
      url: `https://mr.wikipedia.org/wiki/${encodeURIComponent('ক_খ')}/${encodeURIComponent('গ')}:${encodeURIComponent('ঘ')}`,
      timestamp: '2020-01-01T00:00:00Z',
      redirect: null,
      text: 'ঢাকা & <b> শহর',
      line: 3,
    });
    expect(pages[1]).toMatchObject({
      title: 'ঢাকা শহর',
      ns: 14,
      id: 6,
      revid: 60,
      redirect: 'ঢাকা',
      timestamp: null,
      line: 4,
    });
  });

  it('gives the same pages whatever the chunk size, a Bengali character split across chunks included', async () => {
    const whole = (await read(DUMP)).pages;
    for (const size of [1, 2, 5, 64]) expect((await read(DUMP, size)).pages, `chunks of ${size}`).toEqual(whole);
  });

  it('a number field that is not a number is null (ns: 0); a missing title is empty', async () => {
    const { pages } = await read(
      '<mediawiki><page><ns>ক</ns><id>১২</id><revision><id> 7 </id><text>x</text></revision></page></mediawiki>',
    );
    expect(pages[0]).toMatchObject({ title: '', ns: 0, id: null, revid: 7, redirect: null, text: 'x' });
  });

  it('only the siteinfo base and dbname make the path; the same names elsewhere are not read', async () => {
    const { pages } = await read(
      '<mediawiki><siteinfo><sitename>base</sitename><dbname>enwiki</dbname></siteinfo>' +
        '<page><title>ক</title><base>https://x.org/y/</base><revision><text>t</text></revision></page></mediawiki>',
    );
    expect(pages[0].url).toBe('https://en.wikipedia.org/wiki/%E0%A6%95');
    expect(pages[0].text).toBe('t');
  });
});

describe('articlePath and titleUrlPart', () => {
  it.each([
    ['https://bn.wikipedia.org/wiki/প্রধান_পাতা', 'bnwiki', 'https://bn.wikipedia.org/wiki/'],
    [' http://example.org/w/index/Main ', '', 'http://example.org/w/index/'],
    ['https://example.org/', '', 'https://example.org/'],
    ['', ' mrwiki ', 'https://mr.wikipedia.org/wiki/'],
    ['', 'zh-min-nanwiki', 'https://zh-min-nan.wikipedia.org/wiki/'],
    ['ftp://x.org/a', 'xwikisource', 'https://bn.wikipedia.org/wiki/'],
    ['', 'enwiki2', 'https://bn.wikipedia.org/wiki/'],
    ['', '', 'https://bn.wikipedia.org/wiki/'],
  ])('articlePath(%j, %j) → %s', (base, dbname, path) => {
    expect(articlePath(base, dbname)).toBe(path);
  });

  it('titleUrlPart: spaces as _, / and : kept, the rest percent-encoded', () => {
    expect(titleUrlPart('ক খ/গ:ঘ?')).toBe(
      `${encodeURIComponent('ক_খ')}/${encodeURIComponent('গ')}:${encodeURIComponent('ঘ')}%3F`,
    );
  });
});

describe('readPages: invalid UTF-8', () => {
  const withBytes = (bytes: number[]) =>
    Buffer.concat([
      Buffer.from(`<mediawiki>${PAGE_1}<page><title>দুই</title><id>8</id><revision><text>ক`),
      Buffer.from(bytes),
      Buffer.from(
        'খ</text></revision></page><page><title>তিন</title><revision><text>গ</text></revision></page></mediawiki>',
      ),
    ]);

  it('is replaced with U+FFFD and warned about, naming the page and its id, once', async () => {
    for (const size of [1 << 20, 3, 1]) {
      const { pages, warnings, error } = await read(withBytes([0xff, 0xfe]), size);
      expect(error).toBeNull();
      expect(pages.map((p) => p.text)).toEqual(['ঢাকা & <b> শহর', 'ক\uFFFD\uFFFDখ', 'গ']);
      expect(warnings, `chunks of ${size}`).toEqual(["d.xml: invalid UTF-8 in page 'দুই' (id 8) replaced with U+FFFD"]);
    }
  });

  it('a page without an id is named without one', async () => {
    const { warnings } = await read(
      Buffer.concat([
        Buffer.from('<mediawiki><page><title>ক</title><revision><text>'),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('</text></revision></page></mediawiki>'),
      ]),
    );
    expect(warnings).toEqual(["d.xml: invalid UTF-8 in page 'ক' replaced with U+FFFD"]);
  });

  it('a U+FFFD written in the dump is no damage, even split across chunks', async () => {
    const good = withBytes([0xef, 0xbf, 0xbd]);
    for (const size of [1 << 20, 1, 2, 4]) {
      const { pages, warnings } = await read(good, size);
      expect(pages[1].text).toBe('ক\uFFFDখ');
      expect(warnings, `chunks of ${size}`).toEqual([]);
    }
  });
});

describe('readPages: damage', () => {
  it('broken XML: the pages before it, then where (line, column, byte) and inside which page', async () => {
    const xml = `<mediawiki>\n${PAGE_1}\n<page><title>ভাঙা</title><id>6</id><revision><text>বাংলা</ns></text></revision></page>\n</mediawiki>`;
    const { pages, error } = await read(xml);
    expect(pages.map((p) => p.title)).toEqual(['ক খ/গ:ঘ']);
    const column = xml.split('\n')[2].indexOf('বাংলা</ns>') + 11;
    const byte = Buffer.byteLength(xml.slice(0, xml.indexOf('বাংলা</ns>') + 10));
    expect(error?.message).toBe(
      `d.xml: not well-formed XML at line 3, column ${column} (byte ${byte}): unexpected close tag, inside page 'ভাঙা' (id 6) begun on line 3`,
    );
    expect([error?.line, error?.column, error?.byte]).toEqual([3, column, byte]);
    // the same in small chunks
    expect((await read(xml, 7)).error?.message).toBe(error?.message);
  });

  it('broken XML outside a page says no page', async () => {
    const { error } = await read('<mediawiki><siteinfo></base></siteinfo></mediawiki>');
    expect(error?.message).toMatch(/^d\.xml: not well-formed XML at line 1, column \d+ \(byte \d+\): [^,]+$/);
  });

  it('cut inside a page: the complete pages, then where it stops and the page it stops in', async () => {
    const xml = `<mediawiki>\n${PAGE_1}\n${PAGE_2}`;
    const cut = xml.slice(0, xml.indexOf('#REDIRECT'));
    const { pages, error } = await read(cut);
    expect(pages.map((p) => p.title)).toEqual(['ক খ/গ:ঘ']);
    expect(error?.message).toBe(
      `d.xml: the dump is cut off at line 3, column ${cut.split('\n')[2].length + 1} (byte ${Buffer.byteLength(cut)}, the end of the input), inside page 'ঢাকা শহর' (id 6) begun on line 3`,
    );
    expect(error?.byte).toBe(Buffer.byteLength(cut));
  });

  it('cut between pages: every page, then no closing </mediawiki>', async () => {
    const { pages, error } = await read(`<mediawiki>${PAGE_1}${PAGE_2}`);
    expect(pages).toHaveLength(2);
    expect(error?.message).toMatch(
      /^d\.xml: the dump is cut off at line 1, column \d+ \(byte \d+, the end of the input\): no closing <\/mediawiki>$/,
    );
  });

  it('cut inside an untitled page calls it "a page"', async () => {
    const { error } = await read('<mediawiki><page><ns>0</ns>');
    expect(error?.message).toMatch(/, inside a page begun on line 1$/);
  });

  it('not a dump: another root element, or no element at all', async () => {
    expect((await read('<rss><page><title>ক</title></page></rss>')).error?.message).toBe(
      'd.xml: not a MediaWiki XML dump: the root element is <rss>, not <mediawiki>',
    );
    const { pages, error } = await read('<rss><page><title>ক</title><revision><text>x</text></revision></page></rss>');
    expect(pages).toEqual([]);
    expect(error).not.toBeNull();
    expect((await read('   ')).error?.message).toBe('d.xml: not a MediaWiki XML dump: no <mediawiki> element');
  });

  it('a stream that fails: the pages read so far, then its reason, the bytes and line, and the page it stopped in', async () => {
    const bytes = Buffer.from(`<mediawiki>\n${PAGE_1}\n${PAGE_2}`);
    const at = bytes.indexOf(Buffer.from('#REDIRECT'));
    async function* failing(): AsyncGenerator<Buffer> {
      yield bytes.subarray(0, at);
      throw new Error('gzip data is damaged or cut off: unexpected end of file');
    }
    const { pages, error } = await read(bytes, 0, failing());
    expect(pages.map((p) => p.title)).toEqual(['ক খ/গ:ঘ']);
    expect(error?.message).toBe(
      `d.xml: gzip data is damaged or cut off: unexpected end of file (after ${at} bytes of XML, line 3); the input stops inside page 'ঢাকা শহর' (id 6) begun on line 3`,
    );
    expect(error?.byte).toBe(at);
  });
});
