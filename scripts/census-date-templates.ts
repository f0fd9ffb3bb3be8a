// `npm run census:date-templates`: every template in the shared corpus whose name says it holds a date
// (birth/death/start/end/date/circa, Bengali or English spelling), with its count and whether
// `DATE_TEMPLATES` (src/site/templates.ts) reads it — so a spelling or alias the corpus uses is never missed.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from '../src/parse.js';
import { descendants } from '../src/passes/walk.js';
import { DATE_TEMPLATES } from '../src/site/templates.js';
import type { Nodes } from '../src/ast.js';

const DATE_LIKE =
  /তারিখ|জন্ম|মৃত্যু|সাল ও বয়স|আনুমানিক|^(?:birth|death)\b|\bdate(?: and| text|$)|^(?:start|end)[ -]date|^circa$|^c\.$|^ca$|^floruit$|^fl\.$|^dob$|^[bd]-?da$|^marriage$|year and age/i;
const path = process.argv[2] ?? '../shared/corpus/bnwiki-300-articles.ndjson.gz';
const counts = new Map<string, number>();
for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
  if (!line) continue;
  const { text } = JSON.parse(line) as { text: string };
  const all: Nodes[] = [];
  descendants(parse(text), all);
  for (const n of all)
    if (n.type === 'template' && (DATE_LIKE.test(n.name) || DATE_TEMPLATES[n.name]))
      counts.set(n.name, (counts.get(n.name) ?? 0) + 1);
}
let read = 0;
let total = 0;
for (const [name, n] of [...counts].sort((a, b) => b[1] - a[1])) {
  const known = DATE_TEMPLATES[name] !== undefined;
  total += n;
  if (known) read += n;
  console.log(`${String(n).padStart(5)}  ${known ? 'read   ' : 'not read'}  ${name}`);
}
console.log(
  `\n${counts.size} date-like template names, ${total} uses; DATE_TEMPLATES reads ${read} (${((100 * read) / (total || 1)).toFixed(1)}%)`,
);
