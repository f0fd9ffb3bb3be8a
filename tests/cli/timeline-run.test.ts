// `bn-wikitext timeline` run in process (src/cli/timeline.ts, with the built page template): the items of a file,
// a folder or a dump, the title, the summary line, damage and usage errors. tests/cli/timeline.test.ts runs dist/.
// e.g. runTimeline(['ক.wiki', '-o', 'ক.html']) → a page whose data holds ক's dated events, exit 0.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runTimeline, TIMELINE_USAGE } from '../../src/cli/timeline.js';
import { dumpXml, samplePages, root, captureOutput, dataOf } from './helpers.js';

const template = pathToFileURL(join(root, 'dist', 'timeline-template.html'));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bn-wikitext-timeline-run-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let runs = 0;
/** runTimeline with -o a fresh file (unless told to write to stdout); stdout and stderr captured. */
async function timeline(argv: string[], toFile = true) {
  const out = join(dir, `page-${++runs}.html`);
  const {
    result: status,
    stdout,
    stderr,
  } = await captureOutput(() => runTimeline(toFile ? [...argv, '-o', out] : argv, template));
  let html = stdout;
  if (toFile) {
    try {
      html = readFileSync(out, 'utf8');
    } catch {}
  }
  return { status, html, stderr, stdout, out };
}

describe('timeline in process', () => {
  it('one article: a lane per section, titled by the input, the summary on stderr', async () => {
    const r = await timeline(['fixtures/seed.wiki']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`bn-wikitext timeline: 12 marks from 1 article → ${r.out}\n`);
    const data = dataOf(r.html);
    expect(data.title).toBe('fixtures/seed.wiki');
    expect(data.articles).toBe(1);
    expect(data.items).toHaveLength(12);
    expect(data.items[0].lane).toBe('ভূমিকা');
  });

  it('without -o the page goes to standard output', async () => {
    const r = await timeline(['fixtures/seed.wiki'], false);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stderr).toBe('bn-wikitext timeline: 12 marks from 1 article\n');
  });

  it('a folder: one lane per article, in path order; --title names the page', async () => {
    const folder = join(dir, 'articles');
    mkdirSync(folder);
    writeFileSync(join(folder, 'ক.wiki'), '১৯৭১ সালে ক হয়। ১৯৭২ সালে খ হয়।');
    writeFileSync(join(folder, 'খ_শহর.txt'), '১৮৬১ সালে গ হয়।');
    const r = await timeline([folder, '--title', 'দুই নিবন্ধ']);
    const data = dataOf(r.html);
    expect(data.title).toBe('দুই নিবন্ধ');
    expect(data.articles).toBe(2);
    expect(data.items.map((i) => [i.lane, i.from])).toEqual([
      ['ক', 1971],
      ['ক', 1972],
      ['খ শহর', 1861],
    ]);
    expect(r.stderr).toContain('3 marks from 2 articles');
  });

  it('a dump: its namespace-0 articles without redirects; several inputs are counted in the title', async () => {
    const dump = join(dir, 'small.xml');
    writeFileSync(dump, dumpXml(samplePages(4)));
    const data = dataOf((await timeline([dump])).html);
    expect(data.articles).toBe(4);
    expect(new Set(data.items.map((i) => i.lane))).toEqual(new Set(['নিবন্ধ 0', 'নিবন্ধ 1', 'নিবন্ধ 2', 'নিবন্ধ 3']));
    const two = dataOf((await timeline([dump, 'fixtures/seed.wiki'])).html);
    expect(two.title).toBe('2 inputs');
    expect(two.articles).toBe(5);
  });

  it('a cut-off dump: the complete pages are drawn, exit 1 naming the file', async () => {
    const xml = dumpXml(samplePages(4));
    const cut = join(dir, 'cut.xml');
    writeFileSync(cut, xml.slice(0, xml.indexOf('<title>নিবন্ধ 3</title>') + 40));
    const r = await timeline([cut]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^bn-wikitext timeline: .*cut\.xml: the dump is cut off/);
    expect(dataOf(r.html).articles).toBe(3);
  });

  it('usage errors exit 2 with the usage; --help prints it and exits 0', async () => {
    const missing = await timeline([join(dir, 'নেই.wiki')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^bn-wikitext timeline: cannot read '.*নেই\.wiki': no such file or directory\n$/);
    const none = await timeline([], false);
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(`bn-wikitext timeline: no input\n\n${TIMELINE_USAGE}\n`);
    const bad = await timeline(['--frobnicate', 'x'], false);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^bn-wikitext timeline: Unknown option '--frobnicate'/);
    const help = await timeline(['--help'], false);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(`${TIMELINE_USAGE}\n`);
  });
});
