// `npm run conformance`: MediaWiki's core parser tests mapped to outlines (tests/conformance), with the
// pass rate per construct and per file. `-v` prints every failure with both outlines; a name filter
// (`npm run conformance -- -v "Definition"`) narrows the run.
import { cases, run, SKIPS } from '../tests/conformance/cases.js';

const verbose = process.argv.includes('-v');
const filter = process.argv.slice(2).filter((a) => a !== '-v')[0];
const byConstruct = new Map<string, [number, number]>();
const byFile = new Map<string, [number, number]>();
let passed = 0;
let failed = 0;
let skipped = 0;
for (const c of cases()) {
  if (filter && !c.name.includes(filter)) continue;
  if (SKIPS[c.name]) {
    skipped++;
    continue;
  }
  const v = run(c);
  for (const [map, key] of [
    [byConstruct, c.construct],
    [byFile, c.file],
  ] as const) {
    const e = map.get(key) ?? [0, 0];
    e[v.pass ? 0 : 1]++;
    map.set(key, e);
  }
  if (v.pass) passed++;
  else {
    failed++;
    if (verbose) {
      console.log(`\n✗ ${c.name} (${c.file}:${c.line}, ${c.construct})\n  wikitext: ${JSON.stringify(c.wikitext)}`);
      console.log(`  expected: ${JSON.stringify(c.outline)}\n  got:      ${v.error ?? JSON.stringify(v.got)}`);
    }
  }
}
const pct = (p: number, f: number) => ((100 * p) / Math.max(1, p + f)).toFixed(1).padStart(5) + '%';
const table = (title: string, map: Map<string, [number, number]>) => {
  console.log(`\n${title}`);
  for (const [k, [p, f]] of [...map].sort((a, b) => b[1][1] - a[1][1] || a[0].localeCompare(b[0])))
    console.log(`  ${pct(p, f)}  ${String(p).padStart(3)}/${String(p + f).padEnd(3)}  ${k}`);
};
table('per construct', byConstruct);
table('per file', byFile);
console.log(`\nconformance: ${pct(passed, failed).trim()} (${skipped} skipped)`);
console.log(`${passed} passed, ${failed} failed`);
