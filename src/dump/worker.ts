// The worker thread's entry: converts a batch of pages to JSON lines with convertArticle, in order.
// { title: 'ঢাকা', text: "'''ঢাকা''' বাংলাদেশের রাজধানী…" } → '{"title":"ঢাকা",…}\n'; a page that throws → '{"title":"ঢাকা","error":"…"}\n'.
import { convertArticle, type ConvertOptions } from '../article/convert-article.js';

/** One page to convert, from a dump, a folder or a single file. */
export interface PageJob {
  /** The file or dump it came from, for messages. */
  source: string;
  title: string | null;
  text: string;
  /** From the dump: page id, namespace, revision timestamp, redirect target. */
  id?: number | null;
  ns?: number;
  timestamp?: string | null;
  redirect?: string | null;
  /** From a folder: the file's path. */
  file?: string;
}

export interface ConvertSettings {
  /** Pass `{ ast: true }` to convertArticle. */
  ast: boolean;
  /** Keep only title (+ dump fields) and events. */
  eventsOnly: boolean;
  /** Drop records whose conversion says they are redirects. */
  redirects: boolean;
  /** Indent the JSON by 2. */
  pretty: boolean;
  /** `false` (--no-appendices): appendix sections stay out of `text`. */
  appendices?: boolean;
}

/** A page whose conversion threw. */
export interface PageFailure { source: string; title: string | null; id: number | null; message: string }

export interface BatchResult {
  /** The records as JSON lines, in the batch's order. */
  out: string;
  /** How many records `out` holds. */
  records: number;
  failures: PageFailure[];
}

export interface Batch { jobs: PageJob[]; settings: ConvertSettings }

/** The dump's own fields for a record: id, ns, timestamp (or the folder file), only those present. */
export function metaOf(job: PageJob): Record<string, unknown> {
  const meta: Record<string, unknown> = { title: job.title };
  if (job.id !== undefined) meta.id = job.id;
  if (job.ns !== undefined) meta.ns = job.ns;
  if (job.timestamp !== undefined) meta.timestamp = job.timestamp;
  if (job.file !== undefined) meta.file = job.file;
  return meta;
}

/** The record for one page, or null when it is skipped (a redirect with `--no-redirects`). */
export function pageRecord(job: PageJob, settings: ConvertSettings): Record<string, unknown> | null {
  const meta = metaOf(job);
  if (job.redirect != null) return settings.redirects ? { ...meta, redirect: job.redirect } : null;
  const options: ConvertOptions = settings.ast ? { title: job.title ?? undefined, ast: true } : { title: job.title ?? undefined };
  if (settings.appendices === false) options.appendices = false;
  const article = convertArticle(job.text, options) as unknown as Record<string, unknown>;
  if (!settings.redirects && article.redirect != null) return null;
  if (job.title === null && typeof article.title === 'string') meta.title = article.title;
  if (settings.eventsOnly) return { ...meta, events: article.events ?? [] };
  // The dump's title, id, ns and timestamp first (and winning), then the record's own fields.
  return { ...meta, ...article, ...meta };
}

/** Converts a batch; a page that throws becomes an `{ title, error }` record and a PageFailure. */
export function convertBatch(batch: Batch): BatchResult {
  const { settings } = batch;
  const lines: string[] = [];
  const failures: PageFailure[] = [];
  for (const job of batch.jobs) {
    const indent = settings.pretty ? 2 : undefined;
    try {
      const record = pageRecord(job, settings);
      if (record) lines.push(JSON.stringify(record, null, indent));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      failures.push({ source: job.source, title: job.title, id: job.id ?? null, message });
      lines.push(JSON.stringify({ ...metaOf(job), error: message }, null, indent));
    }
  }
  return { out: lines.length ? lines.join('\n') + '\n' : '', records: lines.length, failures };
}

export default convertBatch;
