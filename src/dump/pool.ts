// Sends pages to worker threads in batches (~50 pages or ~256 k characters; one page at a time with one worker,
// converted in this thread) and hands results back in input order.
// push(ঢাকা), push(কলকাতা), … → sink(batch 1), sink(batch 2), … — never out of order, at most a few batches in flight.
import type Tinypool from 'tinypool';
import { convertBatch, metaOf, type Batch, type BatchResult, type ConvertSettings, type PageJob } from './worker.js';

export interface ConverterOptions {
  /** Worker threads; 1 converts in this thread (no workers). */
  workers: number;
  settings: ConvertSettings;
  /** Gets each batch's result in input order; awaited, so a slow sink slows the reader. */
  sink: (result: BatchResult) => Promise<void> | void;
  /** The built worker; by default worker.js beside the built CLI. */
  workerUrl?: URL;
  /** A batch is sent when it holds this many pages … */
  batchPages?: number;
  /** … or this many characters of wikitext. */
  batchChars?: number;
  /** Batches in flight per worker before the reader waits. */
  inflightPerWorker?: number;
}

/** Batches pages, converts them (in workers or here) and delivers results in order. */
export class Converter {
  private jobs: PageJob[] = [];
  private chars = 0;
  private readonly inflight: Promise<BatchResult>[] = [];
  private pool: Tinypool | null = null;
  private readonly batchPages: number;
  private readonly batchChars: number;
  private readonly maxInflight: number;

  constructor(private readonly options: ConverterOptions) {
    // In this thread (one worker) a batch only holds memory: each page is converted and written at once.
    const here = options.workers <= 1;
    this.batchPages = options.batchPages ?? (here ? 1 : 50);
    this.batchChars = options.batchChars ?? (here ? 1 : 256 * 1024);
    this.maxInflight = Math.max(1, options.workers) * (options.inflightPerWorker ?? 4);
  }

  /** Adds a page; resolves once there is room for more (backpressure). */
  async push(job: PageJob): Promise<void> {
    this.jobs.push(job);
    this.chars += job.text.length;
    if (this.jobs.length >= this.batchPages || this.chars >= this.batchChars) await this.submit(false);
  }

  /** Sends the last partial batch and delivers every result still in flight. */
  async finish(): Promise<void> {
    if (this.jobs.length) await this.submit(true);
    while (this.inflight.length) await this.options.sink(await (this.inflight.shift() as Promise<BatchResult>));
  }

  /** Stops the worker threads. */
  async destroy(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    if (pool) await pool.destroy();
  }

  /** Converts the current batch: here when there is one worker (or one small input), else in the pool. */
  private async submit(final: boolean): Promise<void> {
    const batch: Batch = { jobs: this.jobs, settings: this.options.settings };
    this.jobs = [];
    this.chars = 0;
    if (this.options.workers <= 1 || (final && this.pool === null)) {
      await this.options.sink(convertBatch(batch));
      return;
    }
    this.pool ??= await this.createPool();
    this.inflight.push(this.run(this.pool, batch));
    while (this.inflight.length >= this.maxInflight)
      await this.options.sink(await (this.inflight.shift() as Promise<BatchResult>));
  }

  /** A pool of exactly `workers` threads running worker.js (tinypool is loaded only then). */
  private async createPool(): Promise<Tinypool> {
    const { default: Tinypool } = await import('tinypool');
    const url = this.options.workerUrl ?? new URL('./worker.js', import.meta.url);
    // A bounded old generation per worker keeps memory flat however long the dump is: a batch's trees
    // are garbage once its lines are written, so the heap never needs to grow with the dump.
    return new Tinypool({
      filename: url.href,
      minThreads: this.options.workers,
      maxThreads: this.options.workers,
      resourceLimits: { maxOldGenerationSizeMb: 192, maxYoungGenerationSizeMb: 32 },
    });
  }

  /** Runs a batch; if its worker dies, retries page by page so only the culprit becomes an error record. */
  private async run(pool: Tinypool, batch: Batch): Promise<BatchResult> {
    try {
      return (await pool.run(batch)) as BatchResult;
    } catch (batchError) {
      const results = await Promise.all(
        batch.jobs.map((job) => this.runOne(pool, { jobs: [job], settings: batch.settings }, batchError)),
      );
      return { lines: results.flatMap((r) => r.lines), failures: results.flatMap((r) => r.failures) };
    }
  }

  /** One page in its own task; a second crash makes it an `{ title, error }` record. */
  private async runOne(pool: Tinypool, batch: Batch, batchError: unknown): Promise<BatchResult> {
    try {
      return (await pool.run(batch)) as BatchResult;
    } catch (e) {
      const job = batch.jobs[0];
      const message = `the worker failed: ${e instanceof Error ? e.message : String(e ?? batchError)}`;
      const line = JSON.stringify({ ...metaOf(job), error: message }, null, batch.settings.pretty ? 2 : undefined);
      return { lines: [line], failures: [{ source: job.source, title: job.title, id: job.id ?? null, message }] };
    }
  }
}
