// The Converter (src/dump/pool.ts) with worker threads running the built dist/worker.js: batches by pages or
// characters, results in input order whatever finishes first, and a batch whose task fails retried page by page
// so that only the culprit becomes an `{ title, error }` record.
// e.g. push(নিবন্ধ 0 … নিবন্ধ 9) with batches of 3 → sink gets 4 results, 10 records, in that order.
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Converter } from '../../src/dump/pool.js';
import type { BatchResult, ConvertSettings, PageJob } from '../../src/dump/worker.js';
import { root } from './helpers.js';

const workerUrl = pathToFileURL(join(root, 'dist', 'worker.js'));
const settings: ConvertSettings = { ast: false, fields: ['title', 'text'], redirects: true, pretty: false };
const job = (i: number, text = `নিবন্ধ ${i} ${1900 + i} সালে লেখা।`): PageJob => ({
  source: 'test',
  title: `নিবন্ধ ${i}`,
  text,
});

/** Pushes the jobs through a Converter and returns what the sink got. */
async function convert(jobs: PageJob[], options: { workers: number; batchPages?: number; batchChars?: number }) {
  const results: BatchResult[] = [];
  const converter = new Converter({ ...options, settings, workerUrl, sink: (r) => void results.push(r) });
  try {
    for (const j of jobs) await converter.push(j);
    await converter.finish();
  } finally {
    await converter.destroy();
  }
  const records = results.flatMap((r) => r.lines.map((l) => JSON.parse(l)));
  return { results, records };
}

describe('Converter', () => {
  it('in this thread (one worker): one page per batch, in order', async () => {
    const jobs = Array.from({ length: 5 }, (_, i) => job(i));
    const { results, records } = await convert(jobs, { workers: 1 });
    expect(results).toHaveLength(5);
    expect(records.map((r) => r.title)).toEqual(jobs.map((j) => j.title));
    expect(records[3].text).toBe('নিবন্ধ 3 1903 সালে লেখা।');
  });

  it('with two workers: batches of N pages, results in input order', async () => {
    const jobs = Array.from({ length: 10 }, (_, i) => job(i));
    const { results, records } = await convert(jobs, { workers: 2, batchPages: 3, batchChars: 1e9 });
    expect(results.map((r) => r.lines.length)).toEqual([3, 3, 3, 1]);
    expect(records.map((r) => r.title)).toEqual(jobs.map((j) => j.title));
  });

  it('a batch is also cut by its characters of wikitext', async () => {
    const jobs = Array.from({ length: 6 }, (_, i) => job(i, 'ক'.repeat(100)));
    const { results } = await convert(jobs, { workers: 2, batchPages: 1000, batchChars: 250 });
    expect(results.map((r) => r.lines.length)).toEqual([3, 3]);
  });

  it('a batch whose task fails is retried page by page: only the culprit is an error record', async () => {
    // a job the worker cannot even receive (a function cannot be cloned to a thread)
    const culprit = { ...job(2), extra: () => 0 } as unknown as PageJob;
    const jobs = [job(0), job(1), culprit, job(3)];
    const { results, records } = await convert(jobs, { workers: 2, batchPages: 4, batchChars: 1e9 });
    expect(records.map((r) => r.title)).toEqual(jobs.map((j) => j.title));
    expect(records[2].error).toMatch(/^the worker failed: /);
    expect(records.filter((r) => 'error' in r)).toHaveLength(1);
    expect(records[3].text).toBe('নিবন্ধ 3 1903 সালে লেখা।');
    expect(results[0].failures).toEqual([{ source: 'test', title: 'নিবন্ধ 2', id: null, message: records[2].error }]);
    expect(results[0].lines).toHaveLength(4);
  });

  it('a last partial batch with no pool yet is converted here', async () => {
    const { results, records } = await convert([job(0), job(1)], { workers: 2, batchPages: 50, batchChars: 1e9 });
    expect(results).toHaveLength(1);
    expect(records.map((r) => r.title)).toEqual(['নিবন্ধ 0', 'নিবন্ধ 1']);
  });
});
