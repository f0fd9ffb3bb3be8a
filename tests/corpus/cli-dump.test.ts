// The CLI on the shared bnwiki dump: 300 articles + the dump's ns-0 redirects, in dump order, the same from .xml.gz,
// .xml and .bz2, and byte-identical with 1 and 2 workers. e.g. the first record is 'বাংলা ভাষা' (id 608).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { runCli, lines, root, type CliRun } from '../cli/helpers.js';

const dumpGz = join(root, '..', 'shared', 'corpus', 'bnwiki-300.xml.gz');
const hasBzip2 = spawnSync('sh', ['-c', 'command -v bzip2']).status === 0;

/** XML entities in a title as the dump writes them → text. */
const unescapeXml = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#039;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The ns-0 pages of the dump, counted from the XML itself: title, id, revision id, redirect or not. */
function expectedPages(xml: string): { title: string; id: number; revid: number; redirect: boolean }[] {
  const pages = xml.split('<page>').slice(1);
  return pages
    .filter((p) => /<ns>0<\/ns>/.test(p))
    .map((p) => ({
      title: unescapeXml(/<title>([^<]*)<\/title>/.exec(p)?.[1] ?? ''),
      id: Number(/<\/ns>\s*<id>(\d+)<\/id>/.exec(p)?.[1]),
      revid: Number(/<revision>\s*<id>(\d+)<\/id>/.exec(p)?.[1]),
      redirect: /<redirect title=/.test(p),
    }));
}

let dir: string;
let xmlPath: string;
let expected: ReturnType<typeof expectedPages>;
let fromGz: CliRun;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bn-wikitext-corpus-'));
  const xml = gunzipSync(readFileSync(dumpGz));
  xmlPath = join(dir, 'bnwiki-300.xml');
  writeFileSync(xmlPath, xml);
  expected = expectedPages(xml.toString('utf8'));
  fromGz = runCli([dumpGz, '--workers', '2', '-q']);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bn-wikitext on bnwiki-300.xml.gz', () => {
  it('writes 300 article records and the ns-0 redirects, in dump order', () => {
    expect(fromGz.status).toBe(0);
    expect(fromGz.stderr).toBe('');
    const articles = expected.filter((p) => !p.redirect);
    expect(articles).toHaveLength(300);
    const records = lines(fromGz.stdout);
    expect(records).toHaveLength(expected.length);
    expect(records.map((r) => r.title)).toEqual(expected.map((p) => p.title));
    expect(records.map((r) => r.id)).toEqual(expected.map((p) => p.id));
    expect(records.map((r) => r.revid)).toEqual(expected.map((p) => p.revid));
    // the site base of <siteinfo> (https://bn.wikipedia.org/wiki/প্রধান_পাতা) + the title, as MediaWiki links it
    expect(records.map((r) => r.url)).toEqual(
      expected.map(
        (p) =>
          `https://bn.wikipedia.org/wiki/${encodeURIComponent(p.title.replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':')}`,
      ),
    );
    expect(records[0].url).toBe(
      'https://bn.wikipedia.org/wiki/%E0%A6%AC%E0%A6%BE%E0%A6%82%E0%A6%B2%E0%A6%BE_%E0%A6%AD%E0%A6%BE%E0%A6%B7%E0%A6%BE',
    );
    const redirects = records.filter(
      (r) => typeof r.redirect === 'string' && !('text' in r) && Object.keys(r).length === 7,
    ); // title, id, revid, url, ns, timestamp, redirect
    expect(redirects).toHaveLength(expected.filter((p) => p.redirect).length);
    expect(records.every((r) => r.ns === 0 && typeof r.timestamp === 'string' && !('error' in r))).toBe(true);
  });

  it('gives the same bytes from the gunzipped .xml with --workers 1', () => {
    const r = runCli([xmlPath, '--workers', '1', '-q']);
    expect(r.status).toBe(0);
    expect(r.out.equals(fromGz.out)).toBe(true);
  });

  it.skipIf(!hasBzip2)(
    'gives the same bytes from a .bz2 made with bzip2 (skipped when the bzip2 binary is missing)',
    () => {
      const z = spawnSync('bzip2', ['-k', '-f', xmlPath]);
      expect(z.status).toBe(0);
      const r = runCli([`${xmlPath}.bz2`, '--workers', '2', '-q']);
      expect(r.status).toBe(0);
      expect(r.out.equals(fromGz.out)).toBe(true);
    },
  );

  it('--no-redirects leaves exactly the 300 articles', () => {
    const r = runCli([dumpGz, '--no-redirects', '--limit', '1000', '-q']);
    expect(lines(r.stdout).map((x) => x.title)).toEqual(expected.filter((p) => !p.redirect).map((p) => p.title));
  });
});
