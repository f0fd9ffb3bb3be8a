// Writes the golden trees: fixtures/<name>.tree.json = JSON.stringify(parse(text), null, 1)
// for every fixtures/*.wiki (or only the names given: `npx tsx scripts/update-fixtures.ts biography`).
// Read a regenerated file before committing it: the golden tree must be what MediaWiki means.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../src/index.js';

const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const only = process.argv.slice(2);
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.wiki'))
  .sort()) {
  const name = file.slice(0, -'.wiki'.length);
  if (only.length && !only.includes(name)) continue;
  const tree = parse(readFileSync(join(dir, file), 'utf8'));
  writeFileSync(join(dir, `${name}.tree.json`), JSON.stringify(tree, null, 1) + '\n');
  console.log(`fixtures/${name}.tree.json`);
}
