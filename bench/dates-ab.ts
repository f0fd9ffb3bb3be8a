// A/B timing of extractDates: the current build (dist/) against an older build, in one process, on the
// plain texts of the 300 shared articles (the `extractDates` contender of `npm run bench`). Each round
// runs both on every text, text by text, alternating which goes first, so that noise from a shared
// machine falls on both alike; it prints each round's MB/s and old/new ratio, then the median (min–max).
//   npm run build && cp -r dist .tmp/dist-before   # before the change (inside the project: it imports node_modules)
//   (change) npm run build && npx tsx bench/dates-ab.ts .tmp/dist-before --rounds 9
//   → "wall time median 1.25× (1.18–1.31)", the same for CPU time (steadier when other processes run)
// --lines times each line of the plain texts on its own instead (short inputs, as extractEvents calls it).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';

type Extract = (text: string) => unknown[];

const root = fileURLToPath(new URL('..', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '9' }, lines: { type: 'boolean', default: false } },
});
if (positionals.length !== 1) throw new Error('usage: tsx bench/dates-ab.ts <old dist dir> [--rounds N] [--lines]');
const rounds = Number(values.rounds);

const load = async (dir: string) =>
  (await import(pathToFileURL(join(resolve(dir), 'index.js')).href)) as {
    extractDates: Extract;
    toPlainText: (t: string) => string;
  };
const cur = await load(join(root, 'dist'));
const old = await load(positionals[0]!);

const corpus = join(root, '..', 'shared', 'corpus', 'bnwiki-300-articles.ndjson.gz');
const plain = gunzipSync(readFileSync(corpus))
  .toString('utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => cur.toPlainText((JSON.parse(l) as { text: string }).text))
  // --lines: each line of the plain texts on its own, as the events read them (many short calls)
  .flatMap((t) => (values.lines ? t.split('\n') : [t]));
const mb = plain.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1e6;

let sink = 0;
/** Wall and CPU seconds of the calls of one build in a round (CPU time: what other processes on a shared machine take is not counted). */
interface Times {
  wall: number;
  cpu: number;
}
/** Adds the wall and CPU time of one call to `acc`. */
function time(extract: Extract, t: string, acc: Times): void {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  sink += extract(t).length;
  acc.wall += (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  acc.cpu += (c.user + c.system) / 1e6;
}
/** One round: every text through both builds, text by text, alternating which goes first. */
function round(k: number): { o: Times; n: Times } {
  const o = { wall: 0, cpu: 0 };
  const n = { wall: 0, cpu: 0 };
  plain.forEach((t, i) => {
    if ((i + k) % 2 === 0) {
      time(old.extractDates, t, o);
      time(cur.extractDates, t, n);
    } else {
      time(cur.extractDates, t, n);
      time(old.extractDates, t, o);
    }
  });
  return { o, n };
}

// warm-up (untimed): both builds reach their optimised code
round(0);
round(1);
const wall: number[] = [];
const cpu: number[] = [];
for (let k = 0; k < rounds; k++) {
  const { o, n } = round(k);
  wall.push(o.wall / n.wall);
  cpu.push(o.cpu / n.cpu);
  console.log(
    `round ${k + 1}: wall old ${(mb / o.wall).toFixed(1)} MB/s, new ${(mb / n.wall).toFixed(1)} MB/s, ${(o.wall / n.wall).toFixed(3)}×; ` +
      `cpu old ${(mb / o.cpu).toFixed(1)} MB/s, new ${(mb / n.cpu).toFixed(1)} MB/s, ${(o.cpu / n.cpu).toFixed(3)}×`,
  );
}
/** `median× (min–max)` of per-round ratios. */
function summary(ratios: number[]): string {
  const sorted = [...ratios].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${median.toFixed(3)}× (${sorted[0]!.toFixed(3)}–${sorted.at(-1)!.toFixed(3)})`;
}
console.log(`ratio new/old over ${rounds} rounds, ${mb.toFixed(2)} MB of plain text (sink ${sink}):`);
console.log(`  wall time ${summary(wall)}`);
console.log(`  CPU time  ${summary(cpu)}`);
