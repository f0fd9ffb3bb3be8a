// `npm run profile:dump`: the CLI on the shared dump with one worker under `node --cpu-prof`, and where the time
// goes, stage by stage (inclusive: a stage counts what it calls), e.g. "parse  1471 ms  23.2 %".
// Options: --input FILE (default the shared dump), --fields LIST (passed on to the CLI).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, '.tmp', 'profile-dump');

/** The stages of the path, by the functions that run them (names as in the built bundle). */
const STAGES: [stage: string, functions: string[]][] = [
  ['decompress (zlib / bzip2 program)', ['processCallback', 'throughDecoder', 'throughBzip2Program']],
  ['XML reading, entity decoding (saxes)', ['readPages']],
  ['parse (grammar + passes)', ['parse']],
  ['sections + their plain text', ['sectionsOf']],
  ['events (prose dates, infobox, templates)', ['eventsOfSections']],
  ['links, categories', ['addLink']],
  ['templates (arguments)', ['argumentsOf']],
  ['references', ['reference']],
  ['citation dates', ['citationDates']],
  ['tree walk of convertArticle', ['descendants']],
  ['whole record (convertArticle)', ['convertArticle']],
  // JSON.stringify is a builtin: the profile books it to its caller, convertBatch, whose own time is little else
  ["JSON serialisation (convertBatch's own time)", ['self:convertBatch']],
  ['writing the output', ['writeOrBuffer', '_write', 'writeGeneric']],
  ['garbage collector', ['(garbage collector)']],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function main(): void {
  const { values } = parseArgs({ options: { input: { type: 'string' }, fields: { type: 'string' } } });
  const input = values.input ?? join(root, '..', 'shared', 'corpus', 'bnwiki-300.xml.gz');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const args = [
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
    join(root, 'dist', 'cli.js'),
    input,
    '--workers',
    '1',
    '-q',
    '-o',
    '/dev/null',
  ];
  if (values.fields) args.push('--fields', values.fields);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`the CLI exited ${r.status}`);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no profile written');
  const p = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  for (const [i, id] of p.samples.entries()) self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  const inclusive = new Map<string, number>(STAGES.map(([s]) => [s, 0]));
  let total = 0;
  let idle = 0;
  for (const [id, us] of self) {
    total += us;
    if (byId.get(id)!.callFrame.functionName === '(idle)') idle += us;
    // each stage once per sample, however deep its functions recur
    const onStack = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x))
      onStack.add(byId.get(x)!.callFrame.functionName);
    const leaf = byId.get(id)!.callFrame.functionName;
    const counts = (f: string): boolean => (f.startsWith('self:') ? leaf === f.slice(5) : onStack.has(f));
    for (const [stage, fns] of STAGES) if (fns.some(counts)) inclusive.set(stage, inclusive.get(stage)! + us);
  }
  const busy = total - idle;
  console.log(
    `${input}, --workers 1: ${(busy / 1000).toFixed(0)} ms on the main thread (not idle); inclusive times, so nested stages overlap`,
  );
  for (const [stage, us] of inclusive)
    console.log(
      `${stage.padEnd(44)} ${(us / 1000).toFixed(0).padStart(6)} ms ${((100 * us) / busy).toFixed(1).padStart(5)} %`,
    );
  console.log(`profile: ${join(dir, file)} (open it in Chrome DevTools → Performance)`);
}

main();
