// F1 of extractDates on the labelled dev set (../shared/eval/dates-dev.jsonl), values exact, spans by overlap.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../scripts/score-dates.js';

const path = resolve(process.cwd(), '../shared/eval/dates-dev.jsonl');

describe('dates dev set', () => {
  it('F1 ≥ 0.99 (a missing file fails)', () => {
    const s = scoreFile(path);
    console.log(`dates dev: precision ${s.precision.toFixed(4)} recall ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)}`);
    expect(s.f1).toBeGreaterThanOrEqual(0.99);
  });
});
