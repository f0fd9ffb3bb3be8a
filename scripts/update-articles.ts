// Writes the golden article records: fixtures/<name>.article.json =
// JSON.stringify(convertArticle(text, { title: name }), null, 1) for every fixtures/*.wiki
// (or only the names given: `npx tsx scripts/update-articles.ts biography history`).
// Every record was checked by hand against its wikitext before it became golden (notes in
// tests/article/convert-article.test.ts): read a regenerated file's diff before committing it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertArticle } from '../src/index.js';

const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const only = process.argv.slice(2);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.wiki'))
  .sort()) {
  const name = file.slice(0, -'.wiki'.length);
  if (only.length && !only.includes(name)) continue;
  const record = convertArticle(readFileSync(join(dir, file), 'utf8'), { title: name });
  writeFileSync(join(dir, `${name}.article.json`), JSON.stringify(record, null, 1) + '\n');
  console.log(`fixtures/${name}.article.json`);
}
