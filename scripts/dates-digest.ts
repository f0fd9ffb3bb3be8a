// Digests of what extractDates returns, to show that a change (e.g. a speed-up) leaves every output
// byte-identical: `npx tsx scripts/dates-digest.ts > before.txt`, change, run again, `diff` the two.
// One sha256 (of JSON.stringify of the mentions) per input set, then one line for all of them:
//   plain     extractDates(toPlainText(text)) for each of the 300 articles of ../shared/corpus
//   lines     each line of those plain texts with options (`bareYears`, `referenceYear`, `previous` =
//             the last value with a year of the lines before), as the events read them
//   wikitext  extractDates(text) of the raw wikitext (links, templates, entities: the `normalize` path)
//   dev       the sentences of ../shared/eval/dates-dev.jsonl
//   labels    the sentences of fixtures/dates-labels/*.jsonl
// Reads ../shared; prints no corpus text.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDates, toPlainText, type DateValue } from '../src/index.js';
import { corpusArticles } from '../tests/corpus/corpus.js';
import { labelText, type LabelSentence } from './corpus-sentences.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const all = createHash('sha256');

/** Prints the digest of one input set and adds it to the total. */
function digest(name: string, outputs: Iterable<unknown>): void {
  const h = createHash('sha256');
  let n = 0;
  for (const o of outputs) {
    const json = JSON.stringify(o);
    h.update(json).update('\n');
    all.update(json).update('\n');
    n++;
  }
  console.log(`${name.padEnd(9)} ${String(n).padStart(6)} ${h.digest('hex')}`);
}

/** The sentence of every line of a JSONL file (its `text`, or a corpus span rebuilt). */
function sentences(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => labelText(JSON.parse(l) as LabelSentence));
}

const articles = corpusArticles();
const plain = articles.map((a) => toPlainText(a.text));

digest(
  'plain',
  plain.map((t) => extractDates(t)),
);
digest(
  'lines',
  (function* () {
    for (const t of plain) {
      let previous: DateValue | undefined;
      for (const line of t.split('\n')) {
        const found = extractDates(line, { bareYears: true, referenceYear: 1971, previous });
        yield found;
        for (const m of found) if (m.value.year !== null) previous = m.value;
      }
    }
  })(),
);
digest(
  'wikitext',
  articles.map((a) => extractDates(a.text)),
);
digest(
  'dev',
  sentences(join(root, '..', 'shared', 'eval', 'dates-dev.jsonl')).map((t) => extractDates(t)),
);
const labelDir = join(root, 'fixtures', 'dates-labels');
const labels = readdirSync(labelDir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => sentences(join(labelDir, f)));
digest(
  'labels',
  labels.map((t) => extractDates(t)),
);
console.log(`all ${all.digest('hex')}`);
