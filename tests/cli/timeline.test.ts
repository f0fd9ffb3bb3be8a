// `bn-wikitext timeline`: one self-contained HTML page with the items as JSON, from a file, a folder, stdin or a dump.
// `bn-wikitext timeline fixtures/seed.wiki -o seed.html` → 12 items in 4 section lanes; a dump → one lane per article.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli, dumpXml, samplePages, dataOf } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bn-wikitext-timeline-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bn-wikitext timeline', () => {
  it('writes the seed article as 12 items in one lane per section', () => {
    const out = join(dir, 'seed.html');
    const r = runCli(['timeline', 'fixtures/seed.wiki', '-o', out]);
    expect(r.status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const data = dataOf(html);
    expect(data.items).toHaveLength(12);
    expect(data.articles).toBe(1);
    expect([...new Set(data.items.map((i) => i.lane))]).toEqual([
      'ভূমিকা',
      'সোভিয়েত যুগে সম্পর্ক',
      'কূটনৈতিক সম্পর্ক',
      'রাজনৈতিক সম্পর্ক',
    ]);
  });

  it('needs no network: no http(s) address is loaded by the page', () => {
    const html = runCli(['timeline', 'fixtures/seed.wiki']).stdout;
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?https?:/i);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });

  it('gives a folder one lane per article', () => {
    const folder = join(dir, 'articles');
    mkdirSync(folder);
    writeFileSync(join(folder, 'ক.wiki'), '১৯৭১ সালে ক হয়। ১৯৭২ সালে খ হয়।');
    writeFileSync(join(folder, 'খ_শহর.txt'), '১৮৬১ সালে গ হয়।');
    const data = dataOf(runCli(['timeline', folder]).stdout);
    expect(data.articles).toBe(2);
    expect(data.items.map((i) => [i.lane, i.from])).toEqual([
      ['ক', 1971],
      ['ক', 1972],
      ['খ শহর', 1861],
    ]);
  });

  it('reads a gzipped dump from standard input: articles only, no redirects or other namespaces', () => {
    const r = runCli(['timeline', '-'], gzipSync(dumpXml(samplePages(4))));
    expect(r.status).toBe(0);
    const data = dataOf(r.stdout);
    expect(data.articles).toBe(4);
    expect(new Set(data.items.map((i) => i.lane))).toEqual(new Set(['নিবন্ধ 0', 'নিবন্ধ 1', 'নিবন্ধ 2', 'নিবন্ধ 3']));
  });

  it('cannot be broken out of by a title or sentence: every < in the data is escaped', () => {
    const evil = `</script><script>alert(1)</script>`;
    const dump = join(dir, 'evil.xml');
    writeFileSync(
      dump,
      dumpXml([
        { title: evil, text: `১৯৭১ সালে ${evil} <img src=x onerror=alert(2)> হয়।` },
        { title: 'খ', text: '১৯৭২ সালে খ হয়।' },
      ]),
    );
    const html = runCli(['timeline', dump, '--title', evil]).stdout;
    expect(html.match(/<script/g)).toHaveLength(2); // the data element and the page's own script
    expect(html).not.toContain('<img');
    const data = dataOf(html);
    expect(data.title).toBe(evil);
    expect(data.items[0].lane).toBe(evil);
    expect(data.items[0].sentence).toContain('</script><script>alert(1)</script>');
  });

  it('still draws the complete pages of a cut-off dump, and exits 1 saying so', () => {
    const xml = dumpXml(samplePages(4));
    const cut = join(dir, 'cut.xml');
    writeFileSync(cut, xml.slice(0, xml.indexOf('<title>নিবন্ধ 3</title>') + 40)); // inside the last article
    const r = runCli(['timeline', cut]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cut.xml');
    expect(dataOf(r.stdout).articles).toBe(3);
  });

  it('exits 2 on a missing input and 0 with --help', () => {
    const r = runCli(['timeline', join(dir, 'nowhere.wiki')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nowhere.wiki');
    expect(runCli(['timeline', '--help']).stdout).toContain('Usage: bn-wikitext timeline');
  });
});
