// `npm run eval:dates`: precision, recall and F1 of extractDates on the labelled dev set, with the misses.
import { resolve } from 'node:path';
import { scoreFile } from './score-dates.js';

const path = resolve(process.argv[2] ?? '../shared/eval/dates-dev.jsonl');
const s = scoreFile(path);
for (const m of s.misses) console.log(`${m.id}\t${m.kind}\t${m.surface}\t${m.detail}`);
console.log(`\n${path}`);
console.log(`tp ${s.tp}  fp ${s.fp}  fn ${s.fn}`);
console.log(`precision ${s.precision.toFixed(4)}  recall ${s.recall.toFixed(4)}  F1 ${s.f1.toFixed(4)}`);
