// `npm run bench:dump`: our CLI against WikiExtractor (../shared/peers/wikiextractor, system python3), taking
// turns on the shared bnwiki dump and on a dump 4× as long built from it; prints wall time, MB/s of XML, peak RSS
// and the ratios (medians of the runs, each ratio against WikiExtractor's run of the same round), and CPU time
// (all threads and processes), e.g. "| bn-wikitext --workers 1 | 1× | 2.01 s | 7.4 MB/s | 150 MB | **0.36×** | 3.2 s | 0.23× |".
// Options: --runs N (rounds, default 5), --grow N (the long dump, default 4), --no-grow, --workers LIST (default "1,default,2"),
// --fields LIST (a row with --workers 1 --fields LIST, default "title,url,text": what WikiExtractor writes; '' for none),
// --no-floor (leave out the floor rows: the CLI's reading and parsing alone, bench/dump-floor.ts, nothing written),
// --dumps LIST (more dumps, .xml, .xml.gz or .xml.bz2, comma-separated: each gets the same rows, named by its file),
// --other-wikis (three more: dumps the bench builds from ../shared/corpus/other-wikis, Greek, Marathi, Ukrainian).
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync, existsSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const dumpGz = join(root, '..', 'shared', 'corpus', 'bnwiki-300.xml.gz');
const peer = join(root, '..', 'shared', 'peers', 'wikiextractor');
const tmp = join(root, '.tmp', 'bench-dump');
const cli = join(root, 'dist', 'cli.js');
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/**
 * Runs a command under Python's getrusage: wall seconds, the peak RSS of its largest process
 * (RUSAGE_CHILDREN's ru_maxrss, KB on Linux) and CPU seconds of all its processes and threads, measured the same way for both tools.
 */
const TIMER = `
import resource, subprocess, sys, time
t = time.monotonic()
r = subprocess.run(sys.argv[2:], cwd=sys.argv[1], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
s = time.monotonic() - t
sys.stderr.write(r.stderr.decode('utf-8', 'replace')[-2000:])
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(r.returncode, s, u.ru_maxrss, u.ru_utime + u.ru_stime)
`;

interface Tool {
  label: string;
  cwd: string;
  command: (input: string, out: string) => string[];
}
interface Sample {
  seconds: number;
  rssMB: number;
  cpu: number;
}

function measure(tool: Tool, input: string): Sample {
  const out = join(tmp, 'out');
  rmSync(out, { recursive: true, force: true });
  const r = spawnSync(python, ['-c', TIMER, tool.cwd, ...tool.command(input, out)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const [code, seconds, rssKB, cpu] = r.stdout.trim().split(/\s+/).map(Number);
  if (r.status !== 0 || code !== 0) throw new Error(`${tool.label} on ${input} failed (${code}): ${r.stderr}`);
  return { seconds, rssMB: rssKB / 1024, cpu };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The dump with its pages repeated n times (same siteinfo, one </mediawiki>), gzipped like the shared one. */
function grownDump(xml: Buffer, n: number): string {
  const file = join(tmp, `bnwiki-300-x${n}.xml.gz`);
  if (existsSync(file)) return file;
  const a = xml.indexOf('  <page>');
  const b = xml.lastIndexOf('</mediawiki>');
  writeFileSync(
    file,
    gzipSync(
      Buffer.concat([xml.subarray(0, a), ...Array.from({ length: n }, () => xml.subarray(a, b)), xml.subarray(b)]),
    ),
  );
  return file;
}

const otherWikis = join(root, '..', 'shared', 'corpus', 'other-wikis');
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A gzipped dump of one of the other wikis' articles (`elwiki` → `.tmp/bench-dump/elwiki.xml.gz`): its
 * `<siteinfo>` and a `<page>` per article of its NDJSON (ids counted from 1, one timestamp), as a dump has them.
 */
function otherWikiDump(wiki: string): string {
  const file = join(tmp, `${wiki}.xml.gz`);
  if (existsSync(file)) return file;
  const siteinfo = readFileSync(join(otherWikis, `${wiki}-siteinfo.xml`), 'utf8').trimEnd();
  const lines = gunzipSync(readFileSync(join(otherWikis, `${wiki}-articles.ndjson.gz`)))
    .toString('utf8')
    .split('\n');
  const pages = lines.filter(Boolean).map((line, i) => {
    const { title, text } = JSON.parse(line) as { title: string; text: string };
    return (
      `  <page>\n    <title>${escapeXml(title)}</title>\n    <ns>0</ns>\n    <id>${i + 1}</id>\n    <revision>\n` +
      `      <id>${i + 1}</id>\n      <timestamp>2023-01-01T00:00:00Z</timestamp>\n      <model>wikitext</model>\n` +
      `      <format>text/x-wiki</format>\n      <text xml:space="preserve">${escapeXml(text)}</text>\n    </revision>\n  </page>\n`
    );
  });
  const xml = `<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10">\n${siteinfo}\n${pages.join('')}</mediawiki>\n`;
  writeFileSync(file, gzipSync(Buffer.from(xml, 'utf8')));
  return file;
}

/** The XML bytes of a dump file: gunzipped or bunzipped (the `bzip2` program) as the CLI reads it. */
function xmlBytesOf(file: string): number {
  const raw = readFileSync(file);
  if (raw[0] === 0x1f && raw[1] === 0x8b) return gunzipSync(raw).length;
  if (raw.subarray(0, 3).toString('latin1') === 'BZh') {
    const r = spawnSync('bzip2', ['-dc', file], { maxBuffer: 1 << 31 });
    if (r.status !== 0) throw new Error(`bzip2 -dc ${file} failed: ${r.stderr}`);
    return r.stdout.length;
  }
  return raw.length;
}

/** The CLI with a worker count ('default': none given) and maybe `--fields`. */
const ours = (workers: string, fields?: string): Tool => ({
  label:
    (workers === 'default' ? `bn-wikitext (default workers)` : `bn-wikitext --workers ${workers}`) +
    (fields ? ` --fields ${fields}` : ''),
  cwd: root,
  command: (input, out) => [
    process.execPath,
    cli,
    input,
    '-q',
    '-o',
    out,
    ...(workers === 'default' ? [] : ['--workers', workers]),
    ...(fields ? ['--fields', fields] : []),
  ],
});

/** The floor runs (bench/dump-floor.ts, bundled like the CLI): reading, + parsing, + plain text; nothing written. */
const FLOOR_LABELS: Record<string, string> = {
  read: 'floor: XML reading only',
  parse: 'floor: XML + parse, no record',
  text: 'floor: XML + parse + plain text, no record',
};
function floorTools(): Tool[] {
  const bundle = join(tmp, 'floor.mjs');
  buildSync({
    entryPoints: [join(root, 'bench', 'dump-floor.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
  });
  return Object.entries(FLOOR_LABELS).map(([mode, label]) => ({
    label,
    cwd: root,
    command: (input) => [process.execPath, bundle, mode, input],
  }));
}

const wikiExtractor: Tool = {
  label: 'WikiExtractor --processes 1',
  cwd: peer,
  command: (input, out) => [
    python,
    '-m',
    'wikiextractor.WikiExtractor',
    input,
    '--json',
    '-q',
    '-o',
    out,
    '--processes',
    '1',
  ],
};

/** Rounds of every tool in turn on one input; rows with medians and each tool's speed against WikiExtractor's. */
function bench(name: string, input: string, xmlBytes: number, tools: Tool[], runs: number): string[] {
  const samples = new Map<Tool, Sample[]>(tools.map((t) => [t, []]));
  for (let round = 0; round < runs; round++) {
    // each round in a different order, so no tool always runs right after another
    const order = round % 2 ? [...tools].reverse() : tools;
    for (const t of order) samples.get(t)!.push(measure(t, input));
    process.stderr.write(`  ${name}: round ${round + 1}/${runs}\n`);
  }
  const peer = samples.get(wikiExtractor)!;
  return tools.map((t) => {
    const s = samples.get(t)!;
    const seconds = median(s.map((x) => x.seconds));
    // speed against WikiExtractor: the median of the per-round ratios (same round, same machine load)
    const ratio = median(s.map((x, i) => peer[i].seconds / x.seconds));
    const rss = Math.max(...s.map((x) => x.rssMB));
    const cpu = median(s.map((x) => x.cpu));
    const cpuRatio = median(s.map((x, i) => peer[i].cpu / x.cpu));
    return (
      `| ${t.label} | ${name} | ${seconds.toFixed(2)} s | ${(xmlBytes / 1e6 / seconds).toFixed(1)} MB/s | ${rss.toFixed(0)} MB | ` +
      `**${ratio.toFixed(2)}×** | ${cpu.toFixed(2)} s | ${cpuRatio.toFixed(2)}× |`
    );
  });
}

function main(): void {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      grow: { type: 'string', default: '4' },
      'no-grow': { type: 'boolean' },
      workers: { type: 'string', default: '1,default,2' },
      fields: { type: 'string', default: 'title,url,text' },
      'no-floor': { type: 'boolean' },
      dumps: { type: 'string', default: '' },
      'other-wikis': { type: 'boolean' },
    },
  });
  const runs = Math.max(1, Number(values.runs));
  mkdirSync(tmp, { recursive: true });
  const xml = gunzipSync(readFileSync(dumpGz));
  const tools = [...new Set(values.workers.split(','))].map((w) => ours(w));
  tools.splice(1, 0, wikiExtractor);
  // what WikiExtractor writes (id, url, title, text), with one worker: the like-for-like row
  if (values.fields) tools.push(ours('1', values.fields));
  if (!values['no-floor']) tools.push(...floorTools());
  const n = Math.max(2, Number(values.grow));
  console.log(
    `node ${process.version}, ${spawnSync(python, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${availableParallelism()} cores; ` +
      `${runs} rounds, tools in turn; times are medians; "vs WikiExtractor" is the median of each round's speed ratio; ` +
      `peak RSS is the largest of the runs (the largest process: WikiExtractor runs 3, its reader, 1 extractor, its writer)`,
  );
  const rows = [
    '| run | dump | wall | XML | peak RSS | speed vs WikiExtractor | CPU | CPU vs WikiExtractor |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  console.error(
    `1× dump: ${dumpGz} (${(statSync(dumpGz).size / 1e6).toFixed(1)} MB gzip, ${(xml.length / 1e6).toFixed(1)} MB XML)`,
  );
  rows.push(...bench('1×', dumpGz, xml.length, tools, runs));
  if (!values['no-grow']) {
    const big = grownDump(xml, n);
    console.error(
      `${n}× dump: ${big} (${(statSync(big).size / 1e6).toFixed(1)} MB gzip, ${((xml.length * n) / 1e6).toFixed(1)} MB XML)`,
    );
    rows.push(...bench(`${n}×`, big, xml.length * n, tools, Math.max(1, Math.ceil(runs / 2))));
  }
  const more = values.dumps.split(',').filter(Boolean);
  if (values['other-wikis']) more.push(...['elwiki', 'mrwiki', 'ukwiki'].map(otherWikiDump));
  for (const file of more) {
    const bytes = xmlBytesOf(file);
    console.error(
      `${basename(file)}: ${(statSync(file).size / 1e6).toFixed(1)} MB, ${(bytes / 1e6).toFixed(1)} MB XML`,
    );
    rows.push(...bench(basename(file), file, bytes, tools, Math.max(1, Math.ceil(runs / 2))));
  }
  console.log(rows.join('\n'));
  writeFileSync(join(tmp, 'results.md'), rows.join('\n') + '\n');
}

main();
