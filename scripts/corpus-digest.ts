// Digests of the trees and article records of the 300 shared articles, to show that a change leaves them
// byte-identical: `npx tsx scripts/corpus-digest.ts > before.txt`, change, run again, `diff` the two.
// One line per article (sha256 of JSON.stringify(parse(text)) and of convertArticle(text, { title })),
// then a line for all of them. Reads ../shared/corpus; prints no corpus text.
import { createHash } from 'node:crypto';
import { convertArticle, parse } from '../src/index.js';
import { corpusArticles } from '../tests/corpus/corpus.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const all = createHash('sha256');
for (const a of corpusArticles()) {
  const tree = JSON.stringify(parse(a.text));
  const record = JSON.stringify(convertArticle(a.text, { title: a.title }));
  all.update(tree).update(record);
  console.log(`${sha(tree)} ${sha(record)} ${sha(a.title)}`);
}
console.log(`all ${all.digest('hex')}`);
