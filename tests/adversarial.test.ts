// Hostile input as correctness tests (issue 6): the inputs of `npm run bench:adversarial` at ~20 KB —
// runs of `[[`, `{{`, `{{a|`, `'''''`, `<ref>`, `<!--`, `{|`, `==`, `{{a|`×2k + `}}`×2k, `[[a|`×5k … —
// parse without throwing (no stack overflow) and without the grammar failing, round-trip, and satisfy
// every tree invariant; the plain text is the same from the string and the tree with blank runs
// collapsed; events and the article record point inside the input (dates slice back, sections tile it).
// Not timed: speed is measured by the benchmark, against prose, in one process.
import { describe, expect, test } from 'vitest';
import { hostileInputs } from '../bench/adversarial-inputs.js';
import { convertArticle, extractEvents, parse, stringify, toPlainText } from '../src/index.js';
import { checkEvents, checkPlainText, checkRecord, checkTree } from './invariants.js';

/** ~20 KB each; `npm run mutate` makes them smaller (ADVERSARIAL_SIZE) so each mutant runs quickly. */
const size = Number(process.env.ADVERSARIAL_SIZE ?? 20_000) || 20_000;
const inputs = hostileInputs(size);

describe(`hostile input (~${Math.round(size / 1000)} KB)`, () => {
  // One parse per input, shared by the checks (some of these inputs are slow to parse today; the
  // benchmark measures that, these tests only check that the results are right).
  test.each(inputs.map((x) => [x.name, x.text] as const))(
    '%s: parses, round-trips, invariants hold; text, events and record point inside it',
    (_name, text) => {
      const root = parse(text);
      expect(stringify(root) === text, 'lossless').toBe(true);
      expect(checkTree(text, root)).toEqual([]);
      expect(checkPlainText(text, toPlainText(text), toPlainText(root))).toEqual([]);
      expect(checkEvents(text, extractEvents(root))).toEqual([]);
      expect(checkRecord(text, convertArticle(text))).toEqual([]);
    },
    180_000,
  );

  test.each(inputs.map((x) => [x.name, x.text] as const))(
    '%s: flattened, parses and invariants hold',
    (_name, text) => {
      expect(checkTree(text, parse(text, { flattened: true }))).toEqual([]);
    },
    180_000,
  );
});
