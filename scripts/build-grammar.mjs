// Builds grammar/*.peggy into one ES-module parser with its .d.ts in src/generated/ (never committed).
// peggy's --dts with --return-types points the generated types at our own node types.
import { execFileSync } from 'node:child_process';
import { readdirSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

// Fast path for the hottest rule. peggy matches a character class one `charAt` at a time; the rule
// `Text = [^…]+` is the spec, and its generated function is replaced by one sticky-regex match of
// the very same class (read from the grammar), so long Bengali text runs cost one regex call.
const out = join(root, 'src', 'generated', 'parser.js');
const grammar = files.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
const cls = /^Text\n\s*= (\[\^[^\n]*?\])\+ \{ return b\.text\(text\(\), range\(\)\); \}/m.exec(grammar);
if (!cls) throw new Error('build-grammar: rule Text not in the expected form `Text = [^…]+ { return b.text(text(), range()); }`');
const code = readFileSync(out, 'utf8');
const fn = /  function peg\$parseText\(\) \{\n[\s\S]*?\n  \}\n/;
if (!fn.test(code)) throw new Error('build-grammar: generated peg$parseText not found');
const fast = `  const peg$textRun = /${cls[1]}+/y;
  function peg$parseText() {
    const start = peg$currPos;
    peg$textRun.lastIndex = start;
    if (!peg$textRun.test(input)) return peg$FAILED;
    peg$currPos = peg$textRun.lastIndex;
    return b.text(input.substring(start, peg$currPos), { start, end: peg$currPos });
  }
`;
writeFileSync(out, code.replace(fn, () => fast));
console.log(`grammar: ${files.join(', ')} -> src/generated/parser.js (Text fast path: ${cls[1]})`);
