// Builds grammar/*.peggy into one ES-module parser with its .d.ts in src/generated/ (never committed).
// peggy's --dts with --return-types points the generated types at our own node types.
import { execFileSync } from 'node:child_process';
import { readdirSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const peggyBin = createRequire(import.meta.url).resolve('peggy/bin/peggy.js');
const files = readdirSync(join(root, 'grammar'))
  .filter((f) => f.endsWith('.peggy'))
  .sort()
  .map((f) => join('grammar', f));
mkdirSync(join(root, 'src', 'generated'), { recursive: true });
const rawNodes = 'import("../grammar-support/tokens.js").RawNode[]';
execFileSync(
  process.execPath,
  [
    peggyBin,
    '--format',
    'es',
    '--dts',
    '--allowed-start-rules',
    'Document',
    '--return-types',
    JSON.stringify({ Document: rawNodes }),
    '-o',
    join('src', 'generated', 'parser.js'),
    ...files,
  ],
  { cwd: root, stdio: 'inherit' },
);

// Fast path for the hottest rule. peggy matches a character class one `charAt` at a time and makes a
// node per markup character (`Char`). The rule `Text = [^…]+` stays the spec; its generated function is
// replaced by `textEnd` (grammar-support/text-run), which matches the very same class (read from the
// grammar) with one sticky regex and also takes the markup characters that start nothing and stop
// nothing where they stand ("=" mid-line, "]" or "|" that end no construct …): the same tree, far
// fewer nodes.
const out = join(root, 'src', 'generated', 'parser.js');
const grammar = files.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
const cls = /^Text\n\s*= (\[\^[^\n]*?\])\+ \{ return b\.text\(s, text\(\), range\(\)\); \}/m.exec(grammar);
if (!cls)
  throw new Error(
    'build-grammar: rule Text not in the expected form `Text = [^…]+ { return b.text(s, text(), range()); }`',
  );
const code = readFileSync(out, 'utf8');
const fn = / {2}function peg\$parseText\(\) \{\n[\s\S]*?\n {2}\}\n/;
if (!fn.test(code)) throw new Error('build-grammar: generated peg$parseText not found');
const fast = `  function peg$parseText() {
    const start = peg$currPos;
    const end = textEnd(s, start);
    if (end <= start) return peg$FAILED;
    peg$currPos = end;
    peg$savedPos = start;
    return b.text(s, input.substring(start, end), range());
  }
`;
const textRunFile = join(root, 'src', 'grammar-support', 'text-run.ts');
if (!readFileSync(textRunFile, 'utf8').includes(`const TEXT_RUN = /${cls[1]}+/y;`)) {
  throw new Error(
    `build-grammar: src/grammar-support/text-run.ts must define TEXT_RUN as /${cls[1]}+/y (the Text rule's class)`,
  );
}
if (!/^import \{ textEnd \} from '\.\.\/grammar-support\/text-run\.js';$/m.test(code))
  throw new Error("build-grammar: the grammar's {{ }} must import { textEnd } from '../grammar-support/text-run.js'");
// Keeping the optimised rules. peggy makes every rule a closure inside `peg$parse`, so between two
// parses no rule function is alive, and V8 holds their optimised code only weakly: any full GC in
// between (another library's garbage, `gc()`) throws it all away, and the next pages run interpreted
// until every rule is hot again (half the speed in a benchmark that alternates with other parsers).
// After each parse the rule closures of that parse are kept (a module variable, written only: no parse
// reads it, so a parse inside another changes nothing) — and the session gives its per-page tables back
// to the pre-scan's pool (pairs.ts) and the successful return empties the scope (below), so what stays
// alive is small: the closures and the pool's kept tables.
let withText = code.replace(fn, () => fast);
const rules = [...withText.matchAll(/^ {2}function (peg\$\w+|text|offset|range|location)\(/gm)].map((m) => m[1]);
const run = '  peg$result = peg$startRuleFunction();\n';
if (!withText.includes(run) || rules.length < 50)
  throw new Error('build-grammar: peg$parse not in the expected form (start rule call, inner rule functions)');
withText = withText.replace(
  run,
  () => `${run}  s.release();\n  peg$seq.length = 0;\n  peg$kept = [${rules.join(', ')}];\n`,
);
// The kept closures share one scope with the parse's variables, so whatever those still point at stays
// alive until the next parse is done: the tree, the page and the session of a 600 k-character page held
// ~25 MB through the next page. The successful return empties them first.
const success = '  if (peg$success) {\n    return peg$result;\n  }';
const init = '  let s = b.session(input, options);\n';
if (!withText.includes(success) || !withText.includes(init))
  throw new Error(
    "build-grammar: peg$parse's successful return or the grammar's `let s` session not in the expected form",
  );
withText = withText.replace(
  success,
  () =>
    "  if (peg$success) {\n    const peg$tree = peg$result;\n    peg$result = peg$FAILED;\n    input = '';\n    s = null;\n    return peg$tree;\n  }",
);
withText = withText.replace(
  /^function peg\$parse\(/m,
  () =>
    '/** The rule closures of the last parse (their optimised code stays alive). */\nlet peg$kept = null;\n\nfunction peg$parse(',
);
// Character-class runs without arrays. For `Name = [class]+ { return b.fn(s, text(), range()); }` (list
// markers, table indents, apostrophe runs; also `[class]*` and `{ return text(); }`: the rest of a
// table line) peggy collects every character into an array (and makes an empty one at each line start
// it tries); a sticky regex of the same class finds the run, then the rule's own action runs.
for (const [, name, cls, times] of grammar.matchAll(
  /^(\w+)\n\s*= (\[[^\n\]]*\])([+*]) \{ return [\w.]+\((?:s, text\(\), range\(\))?\); \}$/gm,
)) {
  if (name === 'Text') continue; // has its own fast path above
  const ruleFn = new RegExp(`  function peg\\$parse${name}\\(\\) \\{\\n[\\s\\S]*?\\n  \\}\\n`);
  const body = ruleFn.exec(withText);
  const action = body && /s1 = (peg\$f\d+)\(\);/.exec(body[0]);
  if (!action) throw new Error(`build-grammar: generated peg$parse${name} not in the expected form`);
  withText = withText.replace(
    ruleFn,
    () => `  const peg$run${name} = /${cls}${times}/y;
  function peg$parse${name}() {
    const start = peg$currPos;
    peg$run${name}.lastIndex = start;
    if (!peg$run${name}.test(input)) return peg$FAILED;
    peg$currPos = peg$run${name}.lastIndex;
    peg$savedPos = start;
    return ${action[1]}();
  }
`,
  );
}
// Inline sequences without growing arrays. `InlineSeq = (!Stop @Inline)*` is the most frequent loop of
// the grammar; peggy collects it with `push` into a fresh array, whose store V8 grows to 17 slots at the
// first push (~180 bytes for a one-node cell). The replacement collects on one stack shared by all the
// (nested) sequences of a parse and returns an exact-size slice: the same nodes, in the same order.
if (!/^InlineSeq\n\s*= \(!Stop @Inline\)\*$/m.test(grammar))
  throw new Error('build-grammar: rule InlineSeq not in the expected form `InlineSeq = (!Stop @Inline)*`');
const seqFn = / {2}function peg\$parseInlineSeq\(\) \{\n[\s\S]*?\n {2}\}\n/;
if (!seqFn.test(withText)) throw new Error('build-grammar: generated peg$parseInlineSeq not found');
withText = withText.replace(
  seqFn,
  () => `  function peg$parseInlineSeq() {
    const base = peg$seqTop;
    for (;;) {
      const at = peg$currPos;
      peg$silentFails++;
      const stop = peg$parseStop();
      peg$silentFails--;
      peg$currPos = at;
      if (stop !== peg$FAILED) break;
      const node = peg$parseInline();
      if (node === peg$FAILED) {
        peg$currPos = at;
        break;
      }
      peg$seq[peg$seqTop++] = node;
    }
    const nodes = peg$seq.slice(base, peg$seqTop);
    peg$seqTop = base;
    return nodes;
  }
  const peg$seq = [];
  let peg$seqTop = 0;
`,
);
// One range object for the whole parse. Actions hand `range()` straight to a builder, which reads
// `start`/`end` at once and keeps nothing of it (builders make fresh `{ start, end }` objects when they
// need their own), so a new object per node would only be garbage for the GC to sweep.
const rangeFn =
  / {2}function range\(\) \{\n {4}return \{\n {6}source: peg\$source,\n {6}start: peg\$savedPos,\n {6}end: peg\$currPos,\n {4}\};\n {2}\}\n/;
if (!rangeFn.test(withText)) throw new Error('build-grammar: generated range() not in the expected form');
withText = withText.replace(
  rangeFn,
  () => `  const peg$range = { source: peg$source, start: 0, end: 0 };
  function range() {
    peg$range.start = peg$savedPos;
    peg$range.end = peg$currPos;
    return peg$range;
  }
`,
);
// Counted runs without arrays. `$(. |{ return n; }|)` (a comment's or a tag's body, a URL: a length the
// lookahead computed) is a loop that pushes each character into a fresh array, then `$` takes
// the substring; n characters are taken at once instead (n ≤ 0 takes none; fewer than n left fails, as before).
const counted = grammar.match(/\. \|\{ return [^}]*\}\|\)/g) ?? [];
// each under `$(` (alone or after one literal, `$("<" . |n|)`): the loop's array is never read
const underText = grammar.match(/\$\((?:"[^"]*" )?\. \|\{ return [^}]*\}\|\)/g) ?? [];
if (underText.length !== counted.length)
  throw new Error('build-grammar: a counted run `. |n|` not under `$(…)`: its rewrite would yield no characters');
const countedLoop =
  /( +)(s\d+) = peg\$currPos;\n +(s\d+) = \[\];\n +if \(\3\.length >= \((s\d+)\|0\)\) \{\n +(s\d+) = peg\$FAILED;\n +\} else \{\n +if \(input\.length > peg\$currPos\) \{\n +\5 = input\.charAt\(peg\$currPos\);\n +peg\$currPos\+\+;\n[\s\S]*?\n +if \(\3\.length < \(\4\|0\)\) \{\n +peg\$currPos = \2;\n +\2 = peg\$FAILED;\n +\} else \{\n +\2 = \3;\n +\}\n/g;
let rewritten = 0;
withText = withText.replace(countedLoop, (_, ind, start, _chars, n) => {
  rewritten++;
  return `${ind}${start} = peg$currPos;
${ind}if (input.length - peg$currPos >= (${n}|0)) {
${ind}  if ((${n}|0) > 0) peg$currPos += ${n}|0;
${ind}  ${start} = peg$counted;
${ind}} else {
${ind}  ${start} = peg$FAILED;
${ind}}
`;
});
if (rewritten !== counted.length)
  throw new Error(`build-grammar: ${counted.length} counted runs \`. |n|\` in the grammar, ${rewritten} rewritten`);
withText = withText.replace(
  /^function peg\$parse\(/m,
  () =>
    '/** What a counted run `. |n|` yields (always under `$`, which takes the text instead). */\nconst peg$counted = [];\n\nfunction peg$parse(',
);
writeFileSync(out, withText);
console.log(
  `grammar: ${files.join(', ')} -> src/generated/parser.js (Text fast path: ${cls[1]}; ${rules.length} rule closures kept; ${rewritten} counted runs)`,
);
