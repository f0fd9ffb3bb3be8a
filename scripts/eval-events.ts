// `npm run eval:events [FILE…] [--quiet]`: precision, recall and F1 of extractEvents on hand-labelled
// articles, per kind and per precision, section and kind agreement, then the misses and spurious events
// with context. Without FILE: ../shared/eval/events-dev.jsonl and the project's own tuning labels
// (fixtures/events-labels/tune-*.jsonl); the held-apart labels (held-*.jsonl) only when named.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prf, readLabels, scoreEvents, type Counts } from './score-events.js';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const labelDir = resolve('fixtures/events-labels');
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
  files.push(resolve('../shared/eval/events-dev.jsonl'));
  for (const f of readdirSync(labelDir).sort()) if (/^tune-.*\.jsonl$/.test(f)) files.push(join(labelDir, f));
}

const pct = (x: number) => x.toFixed(3);
const row = (name: string, c: Counts) => {
  const { precision, recall, f1 } = prf(c);
  return `${name.padEnd(10)} tp ${String(c.tp).padStart(4)}  fp ${String(c.fp).padStart(4)}  fn ${String(c.fn).padStart(4)}   P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}`;
};

for (const file of files) {
  const s = scoreEvents(readLabels(file));
  if (!quiet)
    for (const f of s.findings)
      console.log(`${f.id}\t${f.kind}\t${f.surface}\t${f.detail}${f.context ? `\t${f.context}` : ''}`);
  console.log(`\n${file} (${s.articles} articles)`);
  console.log(row('all', s));
  for (const [k, c] of Object.entries(s.byKind).sort()) console.log(row(k, c));
  for (const [k, c] of Object.entries(s.byPrecision).sort()) console.log(row(k, c));
  console.log(
    `section ${pct(s.sectionAgree / (s.tp || 1))}  kind ${pct(s.kindAgree / (s.tp || 1))}  unsure found ${s.unsure.found}/${s.unsure.total}`,
  );
}
