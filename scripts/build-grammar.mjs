// Builds grammar/*.peggy into one ES-module parser with its .d.ts in src/generated/ (never committed).
// peggy's --dts with --return-types points the generated types at our own node types.
import { execFileSync } from 'node:child_process';
import { readdirSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const peggyBin = createRequire(import.meta.url).resolve('peggy/bin/peggy.js');
const files = readdirSync(join(root, 'grammar')).filter((f) => f.endsWith('.peggy')).sort().map((f) => join('grammar', f));
mkdirSync(join(root, 'src', 'generated'), { recursive: true });
const rawNodes = 'import("../grammar-support/builders.js").RawNode[]';
execFileSync(process.execPath, [
  peggyBin, '--format', 'es', '--dts',
  '--allowed-start-rules', 'Document',
  '--return-types', JSON.stringify({ Document: rawNodes }),
  '-d', '* as b:../grammar-support/builders.js',
  '-o', join('src', 'generated', 'parser.js'),
  ...files,
], { cwd: root, stdio: 'inherit' });
console.log(`grammar: ${files.join(', ')} -> src/generated/parser.js`);
