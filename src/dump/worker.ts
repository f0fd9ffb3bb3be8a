// The worker thread's entry: converts a batch of pages to JSON lines with convertArticle, in order.
// { title: 'ঢাকা', text: "'''ঢাকা''' বাংলাদেশের রাজধানী…" } → '{"title":"ঢাকা",…}' (one line, the CLI adds the newline); a page that throws → '{"title":"ঢাকা","error":"…"}'.
import { convertArticle, type ArticleField, type ConvertOptions } from '../article/convert-article.js';

/** One page to convert, from a dump, a folder or a single file. */
export interface PageJob {
  /** The file or dump it came from, for messages. */
  source: string;
  title: string | null;
  text: string;
  /** From the dump: page id, revision id, URL, namespace, revision timestamp, redirect target. */
  id?: number | null;
  revid?: number | null;
  url?: string;
  ns?: number;
  timestamp?: string | null;
  redirect?: string | null;
  /** From a folder: the file's path. */
  file?: string;
}

export interface ConvertSettings {
  /** Pass `{ ast: true }` to convertArticle. */
  ast: boolean;
  /** Only these fields in each record (`--fields`, `--events-only`), in the record's order; null: all. */
  fields: readonly ArticleField[] | null;
  /** Drop records whose conversion says they are redirects. */
  redirects: boolean;
  /** Indent the JSON by 2. */
  pretty: boolean;
  /** `false` (--no-appendices): appendix sections stay out of `text`. */
  appendices?: boolean;
}

/** A page whose conversion threw. */
export interface PageFailure {
  source: string;
  title: string | null;
  id: number | null;
  message: string;
}

export interface BatchResult {
  /** The records as JSON, one string per record (no newline), in the batch's order. */
  lines: string[];
  failures: PageFailure[];
}

export interface Batch {
  jobs: PageJob[];
  settings: ConvertSettings;
}

/** The fields of a record from its source, before the article's own: `--fields` can name these too. */
export const SOURCE_FIELDS = [
  'title',
  'id',
  'revid',
  'url',
  'ns',
  'timestamp',
  'file',
] as const satisfies readonly ArticleField[];

/** Every field a record can have, in its order: the names `--fields` takes. */
export const RECORD_FIELDS: readonly ArticleField[] = [
  ...SOURCE_FIELDS,
  'redirect',
  'sections',
  'text',
  'links',
  'categories',
  'templates',
  'infoboxes',
  'references',
  'dates',
  'events',
  'ast',
];

/** The dump's own fields for a record: id, revid, url, ns, timestamp (or the folder file), only those present. */
export function metaOf(job: PageJob): Record<string, unknown> {
  const meta: Record<string, unknown> = { title: job.title };
  if (job.id !== undefined) meta.id = job.id;
  if (job.revid !== undefined) meta.revid = job.revid;
  if (job.url !== undefined) meta.url = job.url;
  if (job.ns !== undefined) meta.ns = job.ns;
  if (job.timestamp !== undefined) meta.timestamp = job.timestamp;
  if (job.file !== undefined) meta.file = job.file;
  return meta;
}

/** Only the asked fields of a record, in its own order. */
function pick(record: Record<string, unknown>, fields: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in record) if (fields.has(key)) out[key] = record[key];
  return out;
}

/** The record for one page, or null when it is skipped (a redirect with `--no-redirects`). */
export function pageRecord(job: PageJob, settings: ConvertSettings): Record<string, unknown> | null {
  const meta = metaOf(job);
  const fields = settings.fields ? new Set<string>(settings.fields) : null;
  // A redirect record is the asked source fields and its target.
  if (job.redirect != null)
    return settings.redirects ? { ...(fields ? pick(meta, fields) : meta), redirect: job.redirect } : null;
  const title = job.title ?? undefined;
  // Only source fields asked (an index of titles, ids, URLs): nothing to parse, unless redirects are to be dropped.
  if (
    fields &&
    settings.redirects &&
    (settings.fields as readonly string[]).every((f) => (SOURCE_FIELDS as readonly string[]).includes(f))
  ) {
    return pick(meta, fields);
  }
  const options: ConvertOptions = { title, ast: settings.ast, fields: settings.fields ?? undefined };
  if (settings.appendices === false) options.appendices = false;
  const article = convertArticle(job.text, options) as unknown as Record<string, unknown>;
  if (!settings.redirects && article.redirect != null) return null;
  // The source's title, id, … first (and winning), then the record's own fields.
  for (const key in article) if (!(key in meta)) meta[key] = article[key];
  return fields ? pick(meta, fields) : meta;
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
  return { lines, failures };
}

export default convertBatch;
