// The hand-labelled events dev set (../shared/eval/events-dev.jsonl: 14 whole bnwiki articles, 331 dated
// mentions, read at test time) event by event: every labelled event is found with its exact value, its
// section path and its kind (prose, infobox, birth, death), and nothing unlabelled is found. The corpus
// suite holds the F1 of the same file above a floor (0.97), which a bug costing a few events would pass;
// here one event lost, added or misfiled fails. A missing file fails.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readLabels, scoreEvents } from '../../scripts/score-events.js';

const path = new URL('../../../shared/eval/events-dev.jsonl', import.meta.url);

function score() {
  expect(existsSync(path), `${path.pathname} is missing: the dev set is read from ../shared`).toBe(true);
  return scoreEvents(readLabels(path.pathname));
}

describe('the events dev set, event by event', () => {
  test('every labelled event but one known miss is found, with its section and kind; nothing else is', () => {
    const s = score();
    expect(s.articles).toBe(14);
    // Known miss: an ASCII range whose end is not a year (`1078-11150`).
    expect(s.findings.map((f) => [f.id, f.kind, f.surface])).toEqual([['d14', 'missed', '1078-11150']]);
    expect([s.tp, s.fp, s.fn]).toEqual([330, 0, 1]);
    expect([s.sectionAgree, s.kindAgree]).toEqual([330, 330]);
  });
});
