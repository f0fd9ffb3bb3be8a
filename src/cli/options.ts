// The command line of `bn-wikitext`: its usage text and options, read into CliOptions (or help, version, an error).
// `bn-wikitext ঢাকা.wiki --fields title,text -o ঢাকা.json` → { kind: 'run', options: { inputs: ['ঢাকা.wiki'], … } }.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { RECORD_FIELDS, SOURCE_FIELDS } from '../dump/worker.js';
import type { ArticleField } from '../article/convert-article.js';

export const USAGE = `Usage: bn-wikitext [options] FILE… | DIR | -
       bn-wikitext timeline [-o timeline.html] FILE… | DIR | -   (an HTML timeline of the events; see timeline --help)

Converts Bengali Wikipedia wikitext to JSON.
  FILE.wiki, FILE.txt   one article → one JSON record (title from the file name)
  DUMP.xml[.gz|.bz2]    a MediaWiki XML dump → NDJSON, one record per page, in dump order
  DIR                   every .wiki/.txt file below it → NDJSON, sorted by path
  -                     read standard input (wikitext or a dump, plain, gzip or bzip2)

Options:
  -o, --out FILE     write to FILE instead of standard output
      --ns LIST      namespaces to convert from a dump, e.g. 0,14 or all (default: 0)
      --no-redirects skip redirect pages (default: { title, redirect } records)
      --ast          include the syntax tree in each record
      --events-only  only the title (and dump fields) and the events of each page
      --no-appendices  leave appendix sections (তথ্যসূত্র, বহিঃসংযোগ, আরও দেখুন …) out of text
      --fields LIST  only these fields, computed and written, e.g. title,text,events (default: all):
                     ${RECORD_FIELDS.join(',')}
      --workers N    worker threads for a dump or folder (default here: ${defaultWorkers()}; 1 on up to 2 cores, else cores − 1)
      --limit N      stop after N records
      --pretty       indent the JSON
  -q, --quiet        no progress on stderr
  -h, --help         show this help
  -v, --version      show the version

Exit status: 0 all converted; 1 a page failed or a dump is damaged (every complete page is still written);
2 a bad option or a missing/unreadable input.`;

export interface CliOptions {
  inputs: string[];
  out: string | null;
  ns: Set<number> | 'all';
  redirects: boolean;
  ast: boolean;
  /** `--fields` (or `--events-only`): only these fields; null for all. */
  fields: ArticleField[] | null;
  /** False with --no-appendices. */
  appendices: boolean;
  workers: number;
  limit: number;
  pretty: boolean;
  quiet: boolean;
}

export type ParsedArgs =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'error'; message: string };

/**
 * Worker threads by default: 1 on 1–2 cores (the reading and writing thread needs a core too, and two
 * workers measured slower than one on 2 cores), else one less than the available parallelism.
 */
export function defaultWorkers(cores = availableParallelism()): number {
  return cores <= 2 ? 1 : cores - 1;
}

/** "title,text,events" → the fields, or an error message naming the unknown one. */
export function parseFields(text: string): ArticleField[] | string {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.find((n) => !(RECORD_FIELDS as readonly string[]).includes(n));
  if (unknown !== undefined || names.length === 0)
    return `--fields wants names from ${RECORD_FIELDS.join(',')}, not '${unknown ?? text}'`;
  return names as ArticleField[];
}

/** A whole number ≥ min from an option's text, or an error message. */
function wholeNumber(name: string, text: string, min: number): number | string {
  return /^\d+$/.test(text) && Number(text) >= min
    ? Number(text)
    : `--${name} wants a whole number ≥ ${min}, not '${text}'`;
}

/** "0,14" → {0, 14}; "all" → 'all'. */
export function parseNamespaces(text: string): Set<number> | 'all' | string {
  if (text.trim().toLowerCase() === 'all') return 'all';
  const parts = text.split(',').map((s) => s.trim());
  if (parts.some((p) => !/^-?\d+$/.test(p))) return `--ns wants namespace numbers like 0,14 (or all), not '${text}'`;
  return new Set(parts.map(Number));
}

/** The command line → options, or help/version, or an error for the usage message. */
export function parseCli(argv: string[]): ParsedArgs {
  // biome-ignore lint/suspicious/noImplicitAnyLet: parseArgs' result type follows its options; set in the try
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        ns: { type: 'string' },
        'no-redirects': { type: 'boolean' },
        ast: { type: 'boolean' },
        'events-only': { type: 'boolean' },
        'no-appendices': { type: 'boolean' },
        fields: { type: 'string' },
        workers: { type: 'string' },
        limit: { type: 'string' },
        pretty: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return { kind: 'error', message: (e as Error).message };
  }
  const v = parsed.values;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  const workers = v.workers === undefined ? defaultWorkers() : wholeNumber('workers', v.workers, 1);
  const limit = v.limit === undefined ? Infinity : wholeNumber('limit', v.limit, 1);
  const ns = v.ns === undefined ? new Set([0]) : parseNamespaces(v.ns);
  let fields = v.fields === undefined ? null : parseFields(v.fields);
  if (typeof fields === 'string') return { kind: 'error', message: fields };
  if (v['events-only']) fields = [...(fields ?? SOURCE_FIELDS), 'events'];
  if (v.ast && fields && !fields.includes('ast')) fields.push('ast');
  for (const x of [workers, limit, ns]) if (typeof x === 'string' && x !== 'all') return { kind: 'error', message: x };
  if (parsed.positionals.length === 0)
    return { kind: 'error', message: 'no input: give a file, a folder or - for standard input' };
  if (parsed.positionals.filter((p) => p === '-').length > 1)
    return { kind: 'error', message: 'standard input (-) can be read only once' };
  if (v.out === '') return { kind: 'error', message: '--out wants a file name' };
  return {
    kind: 'run',
    options: {
      inputs: parsed.positionals,
      out: v.out ?? null,
      ns: ns as Set<number> | 'all',
      redirects: !v['no-redirects'],
      ast: !!v.ast,
      fields,
      appendices: !v['no-appendices'],
      workers: workers as number,
      limit: limit as number,
      pretty: !!v.pretty,
      quiet: !!v.quiet,
    },
  };
}
