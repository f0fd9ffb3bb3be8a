// `npm run bench:adversarial`: hostile 200 KB inputs (bench/adversarial-inputs.ts: runs of `[[`, `{{`,
// `{{a|`, `'''''`, `<ref>`, `<!--`, `{|`, `==`, `{{a|`×20k + `}}`×20k, `[[a|`×50k …) against 200 KB
// (UTF-8) of real prose from ../shared/corpus, for `parse` and for `convertArticle`. The inputs run in a
// child process (so a stall is cut off by a per-input timeout and a crash is reported, not fatal; a new
// child takes the inputs left), which times the prose and each input alternately, 7 times each after a
// warm-up, and reports the medians.
// A row PASSes when both ratios (input / prose) are ≤ 10× and no RangeError (stack overflow) escaped;
// exit 1 if any row FAILs. The table marks the inputs issue 6 lists (¹) and gives each tree's size in
// nodes per 1,000 characters against the prose's: a line-per-node input (`*a\n` lines, table rows)
// builds many times the tree of prose, and its time grows with the tree. The table goes into
// bench/RESULTS.md between the adversarial markers.
//   e.g. "`[[` run   200 000   parse 3.1 ms (0.4×)   convertArticle 5.0 ms (0.3×)   PASS"
// Options: --only SUBSTRING (inputs whose name contains it), --timeout SECONDS (per input, default 60),
// --no-write.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { hostileInputs, proseOf } from './adversarial-inputs.js';
import { writeSection } from './results-file.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const self = fileURLToPath(import.meta.url);
const corpusFile = join(root, '..', 'shared', 'corpus', 'bnwiki-300-articles.ndjson.gz');
const resultsFile = join(root, 'bench', 'RESULTS.md');
const SIZE = 200_000;
const REPEATS = 7;
const LIMIT = 10;

const args = parseArgs({
  options: {
    child: { type: 'string' },
    only: { type: 'string' },
    timeout: { type: 'string', default: '60' },
    'no-write': { type: 'boolean', default: false },
  },
}).values;

/** What a child reports for one input. */
interface Measure {
  index: number;
  name: string;
  units: number;
  bytes: number;
  proseUnits: number;
  /** Median milliseconds: prose and input, per function. */
  parse: { prose: number; input: number } | null;
  convert: { prose: number; input: number } | null;
  /** Whether stringify(parse(input)) === input. */
  lossless: boolean | null;
  /** Nodes in the tree per 1,000 UTF-16 units: the input's and the prose's. */
  density?: { prose: number; input: number };
  /** A thrown error (RangeError = stack overflow), or why the child failed. */
  error?: string;
}

function prose(): string {
  const texts = gunzipSync(readFileSync(corpusFile))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
  return proseOf(texts, SIZE);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---------------------------------------------------------------- child: one input

async function child(indices: number[]): Promise<void> {
  const { parse, stringify, convertArticle } = await import('../src/index.js');
  type Tree = { children?: Tree[] };
  const count = (n: Tree): number => 1 + (n.children ?? []).reduce((k, c) => k + count(c), 0);
  const density = (s: string) => (1000 * count(parse(s) as Tree)) / s.length;
  const all = hostileInputs(SIZE);
  const real = prose();
  const time = (f: () => unknown): number => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };
  for (const index of indices) {
    const input = all[index];
    const out: Measure = {
      index,
      name: input.name,
      units: input.text.length,
      bytes: Buffer.byteLength(input.text, 'utf8'),
      proseUnits: real.length,
      parse: null,
      convert: null,
      lossless: null,
    };
    /** Alternating prose / input runs after one warm-up run of each; stops repeating a hopeless input. */
    const pair = (f: (s: string) => unknown) => {
      f(real); // warm-up
      f(input.text);
      const p: number[] = [];
      const q: number[] = [];
      for (let i = 0; i < REPEATS; i++) {
        p.push(time(() => f(real)));
        const t = time(() => f(input.text));
        q.push(t);
        if (t > 50 * LIMIT * median(p) && t > 2000) break; // far past the limit: more runs add nothing
      }
      return { prose: median(p), input: median(q) };
    };
    process.stdout.write(`start ${index}\n`);
    try {
      out.lossless = stringify(parse(input.text)) === input.text;
      out.density = { prose: density(real), input: density(input.text) };
      out.parse = pair((s) => parse(s));
      out.convert = pair((s) => convertArticle(s));
    } catch (error) {
      const e = error as Error;
      out.error = `${e instanceof RangeError ? 'stack overflow? ' : ''}${e.name}: ${e.message}`.slice(0, 200);
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
}

// ---------------------------------------------------------------- parent: every input, the table

/**
 * Measures the inputs in child processes: one child takes every input left, reporting each as a JSON
 * line; should one input stall (no report within the timeout) or crash the child, that input fails and
 * a new child takes the rest.
 */
async function measureAll(
  list: { i: number; name: string }[],
  timeoutS: number,
  onResult: (m: Measure) => void,
): Promise<void> {
  let left = list.map((x) => x.i);
  const nameOf = new Map(list.map((x) => [x.i, x.name]));
  while (left.length > 0) {
    const done = await new Promise<number[]>((resolve) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', self, '--child', left.join(',')], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const finished: number[] = [];
      let current: number | null = null;
      let stderr = '';
      let timer: NodeJS.Timeout | undefined;
      let timedOut = false;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = true;
          proc.kill('SIGKILL');
        }, timeoutS * 1000);
      };
      arm();
      proc.stderr.on('data', (d: Buffer) => {
        stderr = (stderr + d.toString()).slice(-2000);
      });
      createInterface({ input: proc.stdout }).on('line', (line) => {
        if (line.startsWith('start ')) {
          current = Number(line.slice(6));
          arm();
          return;
        }
        if (!line.startsWith('{')) return;
        const m = JSON.parse(line) as Measure;
        onResult(m);
        if (current !== null) finished.push(current);
        current = null;
      });
      proc.on('close', (code, signal) => {
        clearTimeout(timer);
        const stuck = current ?? left.find((i) => !finished.includes(i));
        if (stuck !== undefined && !finished.includes(stuck)) {
          const why = timedOut
            ? `timed out after ${timeoutS} s`
            : `child exited ${code ?? signal}: ${stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 200)}`;
          onResult({
            index: stuck,
            name: nameOf.get(stuck)!,
            units: 0,
            bytes: 0,
            proseUnits: 0,
            parse: null,
            convert: null,
            lossless: null,
            error: why,
          });
          finished.push(stuck);
        }
        resolve(finished);
      });
    });
    left = left.filter((i) => !done.includes(i));
  }
}

async function parent(): Promise<void> {
  const timeoutS = Number(args.timeout);
  const inputs = hostileInputs(SIZE)
    .map((x, i) => ({ ...x, i }))
    .filter((x) => !args.only || x.name.includes(args.only));
  console.log(
    `bench:adversarial: ${inputs.length} inputs of ~${SIZE / 1000} KB against ${SIZE / 1000} KB (UTF-8) of real prose; ` +
      `median of ${REPEATS}, limit ${LIMIT}×, timeout ${timeoutS} s per input`,
  );
  const rows: string[] = [];
  const listed = inputs.filter((x) => x.listed).length;
  let failures = 0;
  let listedFailures = 0;
  const proseParse: number[] = [];
  const proseConvert: number[] = [];
  let proseUnits = 0;
  const f1 = (x: number) => x.toFixed(1);
  await measureAll(inputs, timeoutS, (m) => {
    const x = inputs.find((y) => y.i === m.index)!;
    const rp = m.parse ? m.parse.input / m.parse.prose : Infinity;
    const rc = m.convert ? m.convert.input / m.convert.prose : Infinity;
    const ok = !m.error && rp <= LIMIT && rc <= LIMIT && m.lossless === true;
    if (!ok) failures++;
    if (!ok && x.listed) listedFailures++;
    if (m.parse) proseParse.push(m.parse.prose);
    if (m.convert) proseConvert.push(m.convert.prose);
    if (m.proseUnits) proseUnits = m.proseUnits;
    const cell = (t: { input: number } | null, r: number) => (t ? `${f1(t.input)} ms (${r.toFixed(2)}×)` : '—');
    const note = m.error ?? (m.lossless === false ? 'NOT lossless' : '');
    const tree = m.density ? `${m.density.input.toFixed(1)} (${(m.density.input / m.density.prose).toFixed(1)}×)` : '—';
    const row = `| ${x.name.replace(/\|/g, '\\|')}${x.listed ? ' ¹' : ''} | ${m.units || x.text.length} | ${tree} | ${cell(m.parse, rp)} | ${cell(m.convert, rc)} | ${ok ? 'PASS' : '**FAIL**'} | ${note.replace(/\|/g, '\\|')} |`;
    rows.push(row);
    console.log(
      `  ${ok ? 'PASS' : 'FAIL'}  ${x.name.padEnd(34)} parse ${m.parse ? rp.toFixed(2) : '—'}×  convertArticle ${m.convert ? rc.toFixed(2) : '—'}×${note ? '  ' + note : ''}`,
    );
  });
  const cpu = cpus();
  const body = [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ` +
      `Node ${process.version} (\`npm run bench:adversarial\`). Each hostile input is ~${SIZE / 1000} KB (ASCII: UTF-16 units = bytes; ` +
      `the two nesting inputs keep the issue's counts); the baseline is ${SIZE / 1000} KB (UTF-8) of real bnwiki wikitext ` +
      `(${proseUnits} UTF-16 units: whole articles, concatenated), timed in the same child process, alternately, median of ${REPEATS} ` +
      `after a warm-up. Baseline medians: \`parse\` ${f1(median(proseParse))} ms, \`convertArticle\` ${f1(median(proseConvert))} ms. ` +
      `PASS: both ratios ≤ ${LIMIT}×, lossless, no exception (a RangeError would be a stack overflow).`,
    '',
    '| input | UTF-16 units | tree nodes per 1,000 units (ratio to prose) | `parse` (ratio to prose) | `convertArticle` (ratio to prose) | verdict | note |',
    '|---|---:|---:|---:|---:|---|---|',
    ...rows,
    '',
    `¹ listed in issue 6. ${inputs.length - failures} passed, ${failures} failed; of the ${listed} listed inputs ` +
      `${listed - listedFailures} passed, ${listedFailures} failed.`,
  ].join('\n');
  console.log(
    `\n${inputs.length - failures} passed, ${failures} failed (the issue's ${listed} listed inputs: ${listed - listedFailures} passed, ${listedFailures} failed)`,
  );
  if (!args['no-write'] && !args.only) {
    writeSection(resultsFile, 'adversarial', 'Hostile input (`npm run bench:adversarial`)', body);
    console.log(`bench:adversarial: wrote ${resultsFile}`);
  }
  process.exitCode = failures > 0 ? 1 : 0;
}

if (args.child !== undefined) await child(args.child.split(',').map(Number));
else await parent();
