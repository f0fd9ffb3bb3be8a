// The command line read in process (src/cli/options.ts): defaults, every option, and every usage error with its message.
// e.g. `--fields title,text --ns 0,14 dump.xml` → { fields: ['title', 'text'], ns: {0, 14}, inputs: ['dump.xml'], … }.
import { describe, it, expect } from 'vitest';
import { availableParallelism } from 'node:os';
import {
  parseCli,
  parseFields,
  parseNamespaces,
  defaultWorkers,
  USAGE,
  type CliOptions,
} from '../../src/cli/options.js';
import { RECORD_FIELDS, SOURCE_FIELDS } from '../../src/dump/worker.js';

/** The options of a command line that must parse. */
function options(argv: string[]): CliOptions {
  const r = parseCli(argv);
  if (r.kind !== 'run') throw new Error(`expected options, got ${JSON.stringify(r)}`);
  return r.options;
}

/** The message of a command line that must be a usage error. */
function error(argv: string[]): string {
  const r = parseCli(argv);
  if (r.kind !== 'error') throw new Error(`expected an error, got ${r.kind}`);
  return r.message;
}

describe('parseCli', () => {
  it('defaults: namespace 0, redirects kept, every field, appendices in text, no limit, not pretty, not quiet', () => {
    expect(options(['ঢাকা.wiki'])).toEqual({
      inputs: ['ঢাকা.wiki'],
      out: null,
      ns: new Set([0]),
      redirects: true,
      ast: false,
      fields: null,
      appendices: true,
      workers: defaultWorkers(),
      limit: Infinity,
      pretty: false,
      quiet: false,
    });
  });

  it('reads every option, short and long', () => {
    const o = options([
      'a.xml',
      'b.wiki',
      '-o',
      'out.ndjson',
      '--ns',
      '0,14',
      '--no-redirects',
      '--no-appendices',
      '--workers',
      '3',
      '--limit',
      '10',
      '--pretty',
      '-q',
    ]);
    expect(o).toEqual({
      inputs: ['a.xml', 'b.wiki'],
      out: 'out.ndjson',
      ns: new Set([0, 14]),
      redirects: false,
      ast: false,
      fields: null,
      appendices: false,
      workers: 3,
      limit: 10,
      pretty: true,
      quiet: true,
    });
    expect(options(['x', '--out', 'o', '--quiet']).quiet).toBe(true);
    expect(options(['x', '--ns', 'all']).ns).toBe('all');
    expect(options(['-']).inputs).toEqual(['-']);
  });

  it('--events-only is the source fields and events, after any --fields; --ast adds the tree to a field list', () => {
    expect(options(['x', '--events-only']).fields).toEqual([...SOURCE_FIELDS, 'events']);
    expect(options(['x', '--fields', 'title,text', '--events-only']).fields).toEqual(['title', 'text', 'events']);
    expect(options(['x', '--fields', 'title', '--ast'])).toMatchObject({ fields: ['title', 'ast'], ast: true });
    expect(options(['x', '--fields', 'ast,title', '--ast']).fields).toEqual(['ast', 'title']);
    expect(options(['x', '--ast'])).toMatchObject({ fields: null, ast: true });
  });

  it('help and version win over everything else', () => {
    expect(parseCli(['--help'])).toEqual({ kind: 'help' });
    expect(parseCli(['-h', 'x', '--workers', '0'])).toEqual({ kind: 'help' });
    expect(parseCli(['--version'])).toEqual({ kind: 'version' });
    expect(parseCli(['-v'])).toEqual({ kind: 'version' });
  });

  it.each([
    [['x', '--workers', '0'], "--workers wants a whole number ≥ 1, not '0'"],
    [['x', '--workers', '1.5'], "--workers wants a whole number ≥ 1, not '1.5'"],
    [['x', '--limit', 'x'], "--limit wants a whole number ≥ 1, not 'x'"],
    [['x', '--limit', '0'], "--limit wants a whole number ≥ 1, not '0'"],
    [['x', '--ns', 'ক'], "--ns wants namespace numbers like 0,14 (or all), not 'ক'"],
    [['x', '--fields', 'title,বাজে'], `--fields wants names from ${RECORD_FIELDS.join(',')}, not 'বাজে'`],
    [['x', '--fields', ','], `--fields wants names from ${RECORD_FIELDS.join(',')}, not ','`],
    [[], 'no input: give a file, a folder or - for standard input'],
    [['-q'], 'no input: give a file, a folder or - for standard input'],
    [['-', '-'], 'standard input (-) can be read only once'],
    [['x', '-o', ''], '--out wants a file name'],
  ])('%j is a usage error: %s', (argv, message) => {
    expect(error(argv)).toBe(message);
  });

  it('an unknown option is an error naming it', () => {
    expect(error(['--frobnicate', 'x'])).toMatch(/^Unknown option '--frobnicate'/);
  });

  it('one standard input among files is fine', () => {
    expect(options(['a.wiki', '-', 'b.wiki']).inputs).toEqual(['a.wiki', '-', 'b.wiki']);
  });
});

describe('the option readers', () => {
  it('parseFields trims names, drops empty ones and keeps their order', () => {
    expect(parseFields(' events , title,,text ')).toEqual(['events', 'title', 'text']);
    expect(parseFields('')).toMatch(/^--fields wants names from /);
  });

  it('parseNamespaces reads numbers (negative too) and "all" in any case', () => {
    expect(parseNamespaces('0, 14 ,-1')).toEqual(new Set([0, 14, -1]));
    expect(parseNamespaces(' ALL ')).toBe('all');
    expect(parseNamespaces('0,,14')).toMatch(/^--ns wants/);
    expect(parseNamespaces('1x')).toMatch(/^--ns wants/);
  });

  it('defaultWorkers: one on up to two cores, else one less than the cores', () => {
    expect([1, 2, 3, 4, 8].map((n) => defaultWorkers(n))).toEqual([1, 1, 2, 3, 7]);
    expect(defaultWorkers()).toBe(defaultWorkers(availableParallelism()));
  });

  it('the usage names every field and option', () => {
    expect(USAGE).toContain(RECORD_FIELDS.join(','));
    for (const option of [
      '--out',
      '--ns',
      '--no-redirects',
      '--ast',
      '--events-only',
      '--fields',
      '--workers',
      '--limit',
    ])
      expect(USAGE).toContain(option);
  });
});
