// Runs the built CLI (dist/cli.js) as a child process, captures what an in-process run writes, reads a timeline page's
// data, and builds small MediaWiki dumps for the CLI tests.
// dumpXml([{ title: 'ঢাকা', text: "'''ঢাকা''' …" }]) → '<mediawiki …><page><title>ঢাকা</title>…</mediawiki>'
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { vi } from 'vitest';
import type { TimelinePageData } from '../../src/timeline/page-data.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cli = join(root, 'dist', 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  out: Buffer;
}

/** `node dist/cli.js …args`, with optional stdin; never throws. */
export function runCli(args: string[], input?: string | Buffer, env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input,
    maxBuffer: 1 << 30,
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), out: r.stdout };
}

/** What `fn` writes to stdout and stderr while it runs in this process (none of it reaches the terminal). */
export async function captureOutput<T>(fn: () => Promise<T>): Promise<{ result: T; stdout: string; stderr: string }> {
  const written = { stdout: [] as string[], stderr: [] as string[] };
  const spies = (['stdout', 'stderr'] as const).map((name) =>
    vi.spyOn(process[name], 'write').mockImplementation((chunk: string | Uint8Array) => {
      written[name].push(String(chunk));
      return true;
    }),
  );
  try {
    const result = await fn();
    return { result, stdout: written.stdout.join(''), stderr: written.stderr.join('') };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** A timeline page's data, read back the way the page reads it. */
export function dataOf(html: string): TimelinePageData {
  const m = /<script type="application\/json" id="timeline-data">([^<]*)<\/script>/.exec(html);
  if (!m) throw new Error('the page has no timeline-data element');
  return JSON.parse(m[1]);
}

/** NDJSON → objects. */
export const lines = (s: string): Record<string, unknown>[] =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

export interface TestPage {
  title: string;
  ns?: number;
  id?: number;
  text?: string;
  redirect?: string;
}

/** Escapes text for XML: & < > ". */
const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One <page> as a dump writes it. */
export function pageXml(p: TestPage, i: number): string {
  const id = p.id ?? i + 1;
  return `  <page>
    <title>${esc(p.title)}</title>
    <ns>${p.ns ?? 0}</ns>
    <id>${id}</id>
${p.redirect ? `    <redirect title="${esc(p.redirect)}" />\n` : ''}    <revision>
      <id>${id * 10}</id>
      <timestamp>2023-04-0${(i % 9) + 1}T10:00:00Z</timestamp>
      <contributor><username>ব্যবহারকারী</username><id>7</id></contributor>
      <model>wikitext</model>
      <format>text/x-wiki</format>
      <text bytes="${Buffer.byteLength(p.text ?? '')}" xml:space="preserve">${esc(p.text ?? '')}</text>
    </revision>
  </page>
`;
}

/** A whole dump with these pages. */
export function dumpXml(pages: TestPage[]): string {
  return `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10" xml:lang="bn">
  <siteinfo><sitename>উইকিপিডিয়া</sitename><dbname>bnwiki</dbname></siteinfo>
${pages.map(pageXml).join('')}</mediawiki>
`;
}

/** A mixed sample: articles, a redirect, a template (ns 10) and a category (ns 14). */
export function samplePages(n = 6): TestPage[] {
  const pages: TestPage[] = [];
  for (let i = 0; i < n; i++) {
    pages.push({
      title: `নিবন্ধ ${i}`,
      text: `'''নিবন্ধ ${i}''' ১৯৭১ সালের ২৬ মার্চ শুরু হয়। <ref>সূত্র & "উদ্ধৃতি"</ref>\n== ইতিহাস ==\nআরও লেখা।`,
    });
    if (i === 1) pages.push({ title: 'ঢাকা শহর', redirect: 'ঢাকা', text: '#পুনর্নির্দেশ [[ঢাকা]]' });
    if (i === 2) pages.push({ title: 'টেমপ্লেট:তথ্যছক', ns: 10, text: '{{{নাম}}}' });
    if (i === 3) pages.push({ title: 'বিষয়শ্রেণী:বাংলাদেশ', ns: 14, text: 'বাংলাদেশ বিষয়ক নিবন্ধ।' });
  }
  return pages.map((p, i) => ({ ...p, id: p.id ?? 100 + i }));
}
