// The bn-wikitext CLI as a child process: single articles, folders, stdin, small dumps, options and every error path.
// e.g. `bn-wikitext dump.xml --ns 0,14` → one NDJSON line per selected page, in dump order; a cut dump → exit 1.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { runCli, lines, dumpXml, samplePages, cli, root } from './helpers.js';

let dir: string;
let dump: string;
const pages = samplePages(6);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bn-wikitext-cli-'));
  dump = join(dir, 'small.xml');
  writeFileSync(dump, dumpXml(pages));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('single articles', () => {
  it('converts the seed fixture to one JSON record titled from the file name', () => {
    const r = runCli(['fixtures/seed.wiki']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const record = JSON.parse(r.stdout);
    expect(record.title).toBe('seed');
    expect(record).not.toHaveProperty('error');
  });

  it('indents with --pretty, same record', () => {
    const plain = JSON.parse(runCli(['fixtures/seed.wiki']).stdout);
    const r = runCli(['fixtures/seed.wiki', '--pretty']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\{\n {2}"title": "seed"/);
    expect(JSON.parse(r.stdout)).toEqual(plain);
  });

  it('reads wikitext from stdin (-)', () => {
    const r = runCli(['-'], "'''ঢাকা''' বাংলাদেশের রাজধানী।");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toBeNull();
  });

  it('replaces invalid UTF-8 in a file and warns naming it', () => {
    const file = join(dir, 'ভাঙা.wiki');
    writeFileSync(file, Buffer.concat([Buffer.from('ঢাকা '), Buffer.from([0xff, 0xfe]), Buffer.from(' শহর')]));
    const r = runCli([file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('ভাঙা.wiki: invalid UTF-8');
    expect(r.stdout).toContain('\uFFFD');
  });
});

describe('folders', () => {
  it('converts every .wiki/.txt below a folder in sorted path order, as NDJSON', () => {
    const folder = join(dir, 'articles');
    mkdirSync(join(folder, 'উপ'), { recursive: true });
    writeFileSync(join(folder, 'খ.wiki'), "'''খ''' একটি বর্ণ।");
    writeFileSync(join(folder, 'ক_বর্ণ.txt'), "'''ক''' প্রথম ব্যঞ্জনবর্ণ।");
    writeFileSync(join(folder, 'উপ', 'গ.wiki'), "'''গ''' তৃতীয়।");
    writeFileSync(join(folder, 'README.md'), 'not an article');
    const r = runCli([folder, '--workers', '2']);
    expect(r.status).toBe(0);
    const records = lines(r.stdout);
    expect(records.map((x) => x.title)).toEqual(['গ', 'ক বর্ণ', 'খ']); // উপ/গ.wiki < ক_বর্ণ.txt < খ.wiki by code point
    expect(records.map((x) => x.file)).toEqual([
      join(folder, 'উপ', 'গ.wiki'),
      join(folder, 'ক_বর্ণ.txt'),
      join(folder, 'খ.wiki'),
    ]);
  });

  it('converts the fixtures folder', () => {
    const r = runCli(['fixtures']);
    expect(r.status).toBe(0);
    expect(lines(r.stdout).map((x) => x.title)).toContain('seed');
  });
});

describe('dumps', () => {
  const ns0 = pages.filter((p) => (p.ns ?? 0) === 0);

  it('writes one record per ns-0 page in dump order, redirects as { title, redirect }, with id, revid, url, ns and timestamp', () => {
    const r = runCli([dump, '--quiet']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const records = lines(r.stdout);
    expect(records.map((x) => x.title)).toEqual(ns0.map((p) => p.title));
    expect(records.map((x) => x.id)).toEqual(ns0.map((p) => p.id));
    const redirect = records.find((x) => x.title === 'ঢাকা শহর');
    expect(redirect).toEqual({
      title: 'ঢাকা শহর',
      id: redirect?.id,
      revid: (redirect?.id as number) * 10,
      url: 'https://bn.wikipedia.org/wiki/' + encodeURIComponent('ঢাকা_শহর'),
      ns: 0,
      timestamp: redirect?.timestamp,
      redirect: 'ঢাকা',
    });
    expect(records.map((x) => x.revid)).toEqual(ns0.map((p) => (p.id as number) * 10)); // the revision's <id>, not the page's or the contributor's
    expect(records[0].timestamp).toBe('2023-04-01T10:00:00Z');
    expect((records[0] as { references: { text: string }[] }).references[0].text).toBe('সূত্র & "উদ্ধৃতি"'); // XML entities decoded (the ref body, as plain text)
  });

  it('--ns 0,14 picks namespaces; --ns all takes every page', () => {
    const r = runCli([dump, '--ns', '0,14', '-q']);
    expect(lines(r.stdout).map((x) => x.title)).toContain('বিষয়শ্রেণী:বাংলাদেশ');
    expect(lines(r.stdout)).toHaveLength(ns0.length + 1);
    expect(lines(runCli([dump, '--ns', 'all', '-q']).stdout)).toHaveLength(pages.length);
  });

  it('--no-redirects skips redirect pages', () => {
    const records = lines(runCli([dump, '--no-redirects', '-q']).stdout);
    expect(records.map((x) => x.title)).toEqual(ns0.filter((p) => !p.redirect).map((p) => p.title));
  });

  it('--limit stops after N records', () => {
    expect(lines(runCli([dump, '--limit', '2', '-q']).stdout).map((x) => x.title)).toEqual(
      ns0.slice(0, 2).map((p) => p.title),
    );
  });

  it('--events-only keeps the title, dump fields and events', () => {
    const records = lines(runCli([dump, '--events-only', '--no-redirects', '-q']).stdout);
    expect(Object.keys(records[0])).toEqual(['title', 'id', 'revid', 'url', 'ns', 'timestamp', 'events']);
    expect(Array.isArray(records[0].events)).toBe(true);
  });

  it('--no-appendices leaves appendix sections out of text', () => {
    const wiki = 'ঢাকা বাংলাদেশের রাজধানী।\n\n== বহিঃসংযোগ ==\n* [https://dhaka.gov.bd ঢাকা সিটি]\n';
    const all = JSON.parse(runCli(['-'], wiki).stdout);
    const without = JSON.parse(runCli(['-', '--no-appendices'], wiki).stdout);
    expect(all.text).toBe('ঢাকা বাংলাদেশের রাজধানী।\n\nবহিঃসংযোগ\nঢাকা সিটি');
    expect(without.text).toBe('ঢাকা বাংলাদেশের রাজধানী।');
    expect(without.sections.map((x: { appendix: boolean }) => x.appendix)).toEqual([false, true]);
    expect(runCli(['--help']).stdout).toContain('--no-appendices');
  });

  it("--fields writes only the named fields, in the record's order; redirects keep their target", () => {
    const r = runCli([dump, '--fields', 'text,title,url', '-q']);
    expect(r.status).toBe(0);
    const records = lines(r.stdout);
    expect(Object.keys(records[0])).toEqual(['title', 'url', 'text']);
    expect(records[0].text).toBe(lines(runCli([dump, '-q']).stdout)[0].text);
    expect(records.find((x) => x.title === 'ঢাকা শহর')).toEqual({
      title: 'ঢাকা শহর',
      url: 'https://bn.wikipedia.org/wiki/' + encodeURIComponent('ঢাকা_শহর'),
      redirect: 'ঢাকা',
    });
  });

  it('--fields with an unknown name is a usage error, exit 2', () => {
    const r = runCli([dump, '--fields', 'title,txet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("not 'txet'");
  });

  it('-o writes to a file and nothing to stdout', () => {
    const out = join(dir, 'out.ndjson');
    const r = runCli([dump, '-o', out, '-q']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(lines(readFileSync(out, 'utf8'))).toHaveLength(ns0.length);
  });

  it('reads a gzipped dump from stdin, detected by content', () => {
    const r = runCli(['-', '-q'], gzipSync(readFileSync(dump)));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(runCli([dump, '-q']).stdout);
  });

  it('detects a dump by content whatever its name', () => {
    const odd = join(dir, 'dump.data');
    writeFileSync(odd, gzipSync(readFileSync(dump)));
    expect(runCli([odd, '-q']).stdout).toBe(runCli([dump, '-q']).stdout);
  });

  it('gives byte-identical output with --workers 1 and --workers 2 (many batches)', () => {
    const many = join(dir, 'many.xml');
    writeFileSync(many, dumpXml(samplePages(400)));
    const one = runCli([many, '--workers', '1', '-q']);
    const two = runCli([many, '--workers', '2', '-q']);
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(lines(one.stdout)).toHaveLength(401);
    expect(two.out.equals(one.out)).toBe(true);
  });

  it('a dump cut mid-page: every complete page out, exit 1, says where', () => {
    const xml = readFileSync(dump, 'utf8');
    const cut = join(dir, 'cut.xml');
    writeFileSync(cut, xml.slice(0, xml.indexOf('আরও লেখা', xml.indexOf('<title>নিবন্ধ 4</title>'))));
    const r = runCli([cut, '--workers', '2']);
    expect(r.status).toBe(1);
    const titles = lines(r.stdout).map((x) => x.title);
    expect(titles).toEqual(
      ns0
        .slice(
          0,
          ns0.findIndex((p) => p.title === 'নিবন্ধ 4'),
        )
        .map((p) => p.title),
    );
    expect(r.stderr).toMatch(
      /cut\.xml: the dump is cut off at line \d+, column \d+ \(byte \d+.*\), inside page 'নিবন্ধ 4'/,
    );
  });

  it('malformed XML: pages before the damage out, exit 1, line and column', () => {
    const xml = readFileSync(dump, 'utf8');
    const bad = join(dir, 'bad.xml');
    const at = xml.indexOf('<title>নিবন্ধ 3</title>');
    writeFileSync(bad, xml.slice(0, at) + '<title>ভাঙা</ns>' + xml.slice(at));
    const r = runCli([bad, '-q']);
    expect(r.status).toBe(1);
    expect(lines(r.stdout).map((x) => x.title)).toEqual(
      ns0
        .slice(
          0,
          ns0.findIndex((p) => p.title === 'নিবন্ধ 3'),
        )
        .map((p) => p.title),
    );
    expect(r.stderr).toMatch(/bad\.xml: not well-formed XML at line \d+, column \d+ \(byte \d+\)/);
  });

  it('XML that is not a MediaWiki dump is an error, exit 1', () => {
    const other = join(dir, 'other.xml');
    writeFileSync(other, '<?xml version="1.0"?><rss><item/></rss>');
    const r = runCli([other]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('not a MediaWiki XML dump');
  });

  it('invalid UTF-8 inside a page: replaced, a warning naming the page, exit 0', () => {
    const xml = Buffer.from(readFileSync(dump, 'utf8'));
    const at = xml.indexOf(Buffer.from('ইতিহাস', 'utf8'), xml.indexOf(Buffer.from('<title>নিবন্ধ 2</title>')));
    const broken = join(dir, 'utf8.xml');
    writeFileSync(broken, Buffer.concat([xml.subarray(0, at), Buffer.from([0xc3, 0x28]), xml.subarray(at)]));
    const r = runCli([broken, '-q']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("invalid UTF-8 in page 'নিবন্ধ 2'");
    expect(lines(r.stdout).find((x) => x.title === 'নিবন্ধ 2')?.text).toContain('\uFFFD');
  });
});

describe('errors and exits', () => {
  it('a missing file: exit 2, names it, no output', () => {
    const r = runCli(['fixtures/seed.wiki', 'নেই.xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("cannot read 'নেই.xml': no such file or directory");
    expect(r.stdout).toBe('');
  });

  it('a bad option: exit 2 with the usage', () => {
    const r = runCli(['--frobnicate', 'fixtures/seed.wiki']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Unknown option '--frobnicate'");
    expect(r.stderr).toContain('Usage: bn-wikitext');
    for (const bad of [['--workers', '0'], ['--limit', 'x'], ['--ns', 'ক'], []]) {
      const b = runCli([...bad, ...(bad.length ? ['fixtures/seed.wiki'] : [])]);
      expect(b.status, bad.join(' ')).toBe(2);
      expect(b.stderr).toContain('Usage:');
    }
  });

  it('--help and --version', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--events-only');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(runCli(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it('output to a closed pipe (| head) exits quietly', () => {
    const big = join(dir, 'big.xml');
    writeFileSync(big, dumpXml(samplePages(3000)));
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${cli}" "${big}" --workers 2 | head -n 1 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`,
      ],
      { cwd: root },
    );
    const stderr = r.stderr.toString();
    expect(stderr).toContain('status=0');
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });
});
