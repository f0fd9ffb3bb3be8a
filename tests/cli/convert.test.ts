// The command run in process (src/cli/convert.ts with the dump reader, input opener and one-thread converter):
// what each kind of input writes, the exit status and the messages. The same paths as tests/cli/cli.test.ts,
// which runs the built dist/cli.js; these also see a mutant of src/ (`npm run mutate`).
// e.g. run(['small.xml', '--ns', '0,14']) → one NDJSON line per selected page in dump order, exit 0.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { parseCli } from '../../src/cli/options.js';
import { run, type RunState } from '../../src/cli/convert.js';
import { convertArticle } from '../../src/article/convert-article.js';
import { lines, dumpXml, samplePages, root, captureOutput } from './helpers.js';

const hasBzip2 = spawnSync('sh', ['-c', 'command -v bzip2']).status === 0;
/** Each compression, how to make it, and what the message says when it is cut off. */
const CUT_CASES: [string, (b: Buffer) => Buffer, RegExp][] = [
  ['gzip', (b) => gzipSync(b), /gzip data is damaged or cut off: unexpected end of file/],
];
if (hasBzip2)
  CUT_CASES.push(['bzip2', (b) => spawnSync('bzip2', ['-c'], { input: b }).stdout, /bzip2 data is damaged or cut off/]);
let dir: string;
let dump: string;
const pages = samplePages(6);
const ns0 = pages.filter((p) => (p.ns ?? 0) === 0);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bn-wikitext-run-'));
  dump = join(dir, 'small.xml');
  writeFileSync(dump, dumpXml(pages));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface InProcessRun {
  state: RunState;
  out: string;
  stderr: string;
}

let runs = 0;
/** parseCli + run, writing to a fresh -o file (unless the arguments name one); stderr captured. */
async function runInProcess(argv: string[]): Promise<InProcessRun> {
  const parsed = parseCli(argv.includes('-o') ? argv : [...argv, '-o', join(dir, `out-${++runs}.ndjson`)]);
  if (parsed.kind !== 'run') throw new Error(`not a run: ${JSON.stringify(parsed)}`);
  const { result: state, stderr } = await captureOutput(() => run(parsed.options));
  let out = '';
  try {
    out = readFileSync(parsed.options.out as string, 'utf8');
  } catch {}
  return { state, out, stderr };
}

describe('single articles and folders', () => {
  it('one file: its record, titled from the file name, the same as convertArticle', async () => {
    const r = await runInProcess(['fixtures/seed.wiki']);
    expect(r.state).toMatchObject({ exit: 0, records: 1, failures: 0 });
    expect(r.stderr).toBe('');
    const seed = readFileSync(join(root, 'fixtures', 'seed.wiki'), 'utf8');
    expect(r.out).toBe(JSON.stringify(convertArticle(seed, { title: 'seed' })) + '\n');
  });

  it('--pretty indents the same record', async () => {
    const plain = await runInProcess(['fixtures/seed.wiki']);
    const pretty = await runInProcess(['fixtures/seed.wiki', '--pretty']);
    expect(pretty.out).toBe(JSON.stringify(JSON.parse(plain.out), null, 2) + '\n');
  });

  it('invalid UTF-8 in a file: replaced, with a warning naming the file', async () => {
    const bad = join(dir, 'ভাঙা.wiki');
    writeFileSync(bad, Buffer.concat([Buffer.from('ঢাকা '), Buffer.from([0xff, 0xfe]), Buffer.from(' শহর')]));
    const r = await runInProcess([bad]);
    expect(r.state.exit).toBe(0);
    expect(r.stderr).toBe(`bn-wikitext: warning: ${bad}: invalid UTF-8 replaced with U+FFFD\n`);
    expect(lines(r.out)[0]).toMatchObject({ title: 'ভাঙা', text: 'ঢাকা \uFFFD\uFFFD শহর' });
  });

  it('a folder: every .wiki/.txt below it in sorted path order, each with its file; --limit stops early', async () => {
    const folder = join(dir, 'articles');
    mkdirSync(join(folder, 'খ'), { recursive: true });
    writeFileSync(join(folder, 'খ', 'গ.txt'), 'তিন');
    writeFileSync(join(folder, 'ক_শহর.wiki'), 'এক');
    writeFileSync(join(folder, 'বাদ.md'), 'না');
    const r = await runInProcess([folder]);
    expect(r.state).toMatchObject({ exit: 0, records: 2 });
    expect(lines(r.out).map((x) => [x.title, x.file, x.text])).toEqual([
      ['ক শহর', join(folder, 'ক_শহর.wiki'), 'এক'],
      ['গ', join(folder, 'খ', 'গ.txt'), 'তিন'],
    ]);
    const one = await runInProcess([folder, '--limit', '1']);
    expect(lines(one.out).map((x) => x.title)).toEqual(['ক শহর']);
  });

  it('several inputs in order; --limit counts across them', async () => {
    const r = await runInProcess(['fixtures/seed.wiki', dump, '--limit', '3', '-q']);
    expect(lines(r.out).map((x) => x.title)).toEqual(['seed', ns0[0].title, ns0[1].title]);
    expect(r.state.records).toBe(3);
  });
});

describe('dumps', () => {
  it('one record per ns-0 page in dump order, dump fields first, redirects as { title, …, redirect }', async () => {
    const r = await runInProcess([dump, '-q']);
    expect(r.state).toMatchObject({ exit: 0, records: ns0.length, failures: 0, pages: pages.length });
    expect(r.state.bytes).toBe(Buffer.byteLength(readFileSync(dump)));
    expect(r.stderr).toBe('');
    const records = lines(r.out);
    expect(records.map((x) => x.title)).toEqual(ns0.map((p) => p.title));
    expect(Object.keys(records[0]).slice(0, 6)).toEqual(['title', 'id', 'revid', 'url', 'ns', 'timestamp']);
    expect(records.find((x) => x.title === 'ঢাকা শহর')).toEqual({
      title: 'ঢাকা শহর',
      id: 102,
      revid: 1020,
      url: `https://bn.wikipedia.org/wiki/${encodeURIComponent('ঢাকা_শহর')}`,
      ns: 0,
      timestamp: '2023-04-03T10:00:00Z',
      redirect: 'ঢাকা',
    });
  });

  it('--ns, --no-redirects, --limit and --fields select pages and fields', async () => {
    const ns = lines((await runInProcess([dump, '--ns', '0,14', '-q'])).out);
    expect(ns.map((x) => x.title)).toEqual(pages.filter((p) => [0, 14].includes(p.ns ?? 0)).map((p) => p.title));
    expect(ns.filter((x) => x.ns === 14).map((x) => x.title)).toEqual(['বিষয়শ্রেণী:বাংলাদেশ']);
    expect(lines((await runInProcess([dump, '--ns', 'all', '-q'])).out)).toHaveLength(pages.length);
    const noRedirects = lines((await runInProcess([dump, '--no-redirects', '-q'])).out);
    expect(noRedirects.map((x) => x.title)).toEqual(ns0.filter((p) => !p.redirect).map((p) => p.title));
    const limited = await runInProcess([dump, '--limit', '2', '-q']);
    expect(lines(limited.out).map((x) => x.title)).toEqual(ns0.slice(0, 2).map((p) => p.title));
    const fields = lines((await runInProcess([dump, '--fields', 'text,title', '-q'])).out);
    expect(Object.keys(fields[0])).toEqual(['title', 'text']);
    expect(fields.find((x) => x.title === 'ঢাকা শহর')).toEqual({ title: 'ঢাকা শহর', redirect: 'ঢাকা' });
  });

  it('--no-appendices leaves appendix sections out of text', async () => {
    const withAppendix = join(dir, 'appendix.xml');
    writeFileSync(withAppendix, dumpXml([{ title: 'ক', text: 'মূল লেখা।\n== তথ্যসূত্র ==\nসূত্রের লেখা।' }]));
    const all = lines((await runInProcess([withAppendix, '-q'])).out)[0];
    const none = lines((await runInProcess([withAppendix, '--no-appendices', '-q'])).out)[0];
    expect(all.text).toContain('সূত্রের লেখা');
    expect(none.text).not.toContain('সূত্রের লেখা');
    expect(none.text).toContain('মূল লেখা।');
  });

  it('a gzipped dump is read by its content', async () => {
    const gz = join(dir, 'small.bin');
    writeFileSync(gz, gzipSync(readFileSync(dump)));
    const r = await runInProcess([gz, '-q']);
    expect(r.state.exit).toBe(0);
    expect(r.out).toBe((await runInProcess([dump, '-q'])).out);
  });

  it('--limit counts records written: a skipped redirect is not one', async () => {
    const r = await runInProcess([dump, '--no-redirects', '--limit', '3', '-q']);
    expect(lines(r.out).map((x) => x.title)).toEqual(['নিবন্ধ 0', 'নিবন্ধ 1', 'নিবন্ধ 2']);
    const first = await runInProcess(['fixtures/seed.wiki', dump, '--limit', '1', '-q']);
    expect(lines(first.out).map((x) => x.title)).toEqual(['seed']);
    expect(first.state.records).toBe(1);
  });

  it('without -o the records go to standard output', async () => {
    const parsed = parseCli(['fixtures/seed.wiki', '--fields', 'title']);
    if (parsed.kind !== 'run') throw new Error('not a run');
    const { result, stdout } = await captureOutput(() => run(parsed.options));
    expect(result.exit).toBe(0);
    expect(stdout).toBe('{"title":"seed"}\n');
  });

  it('without --quiet, a last progress line says how many pages', async () => {
    const r = await runInProcess(['fixtures/seed.wiki', dump]); // the dump's own pages only
    expect(r.stderr).toMatch(
      new RegExp(`^bn-wikitext: ${dump}: ${ns0.length} pages, 0\\.0 MB, \\d+ pages/s, 0:00, done\\n$`),
    );
  });

  it('a dump cut mid-page: every complete page written, exit 1, the message says where', async () => {
    const xml = readFileSync(dump, 'utf8');
    const cut = join(dir, 'cut.xml');
    writeFileSync(cut, xml.slice(0, xml.indexOf('আরও লেখা', xml.indexOf('<title>নিবন্ধ 4</title>'))));
    const r = await runInProcess([cut, '-q']);
    expect(r.state.exit).toBe(1);
    const before = ns0.slice(
      0,
      ns0.findIndex((p) => p.title === 'নিবন্ধ 4'),
    );
    expect(lines(r.out).map((x) => x.title)).toEqual(before.map((p) => p.title));
    expect(r.stderr).toMatch(
      /^bn-wikitext: .*cut\.xml: the dump is cut off at line \d+, column \d+ \(byte \d+.*\), inside page 'নিবন্ধ 4'/,
    );
  });

  it.each(CUT_CASES)(
    'a %s dump cut off: the pages before the cut, exit 1, the reason',
    async (_, compress, message) => {
      // pages big enough that the cut leaves some whole ones behind it (bzip2 blocks are 900 k)
      const big = samplePages(30).map((p) => ({ ...p, text: `${p.text ?? ''}\n${'বাংলা লেখা '.repeat(3000)}` }));
      const whole = compress(Buffer.from(dumpXml(big)));
      const cutFile = join(dir, `cut-${_}.xml.${_ === 'gzip' ? 'gz' : 'bz2'}`);
      writeFileSync(cutFile, whole.subarray(0, Math.floor(whole.length * 0.6)));
      const r = await runInProcess([cutFile, '--fields', 'title', '--ns', 'all', '-q']);
      expect(r.state.exit).toBe(1);
      expect(r.stderr).toMatch(message);
      const titles = lines(r.out).map((x) => x.title);
      expect(titles.length).toBeGreaterThan(0);
      expect(titles).toEqual(big.slice(0, titles.length).map((p) => p.title));
      expect(titles.length).toBeLessThan(big.length);
    },
  );

  it('XML that is not a dump: exit 1 and the reason; later inputs still run', async () => {
    const other = join(dir, 'other.xml');
    writeFileSync(other, '<?xml version="1.0"?><rss><item/></rss>');
    const r = await runInProcess([other, 'fixtures/seed.wiki']);
    expect(r.state.exit).toBe(1);
    expect(r.stderr).toContain('not a MediaWiki XML dump');
    expect(lines(r.out).map((x) => x.title)).toEqual(['seed']);
  });
});

describe('errors', () => {
  it('a missing input: exit 2 naming it, before any output', async () => {
    const r = await runInProcess(['fixtures/seed.wiki', 'নেই.xml']);
    expect(r.state.exit).toBe(2);
    expect(r.stderr).toBe("bn-wikitext: cannot read 'নেই.xml': no such file or directory\n");
    expect(r.state.records).toBe(0);
  });

  it('an output that cannot be written: exit 2 naming it', async () => {
    const r = await runInProcess(['fixtures/seed.wiki', '-o', join(dir, 'নেই', 'out.ndjson')]);
    expect(r.state.exit).toBe(2);
    expect(r.stderr).toMatch(/^bn-wikitext: cannot write '.*নেই\/out\.ndjson': /);
  });
});
