// Generates the JSON Schema of the article record from the TypeScript types (src/article/types.ts)
// into dist/schema.json, shipped as `bn-wikitext/schema.json`. Built, never committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createGenerator } from 'ts-json-schema-generator';

const schema = createGenerator({
  path: 'src/article/types.ts',
  tsconfig: 'tsconfig.json',
  type: 'Article',
  expose: 'export',
  jsDoc: 'extended',
  skipTypeCheck: true,
}).createSchema('Article');
schema.$id = 'https://www.npmjs.com/package/bn-wikitext/schema.json';
schema.title = 'bn-wikitext article record';
mkdirSync('dist', { recursive: true });
writeFileSync('dist/schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log(`schema: dist/schema.json (${Object.keys(schema.definitions ?? {}).length} definitions)`);
