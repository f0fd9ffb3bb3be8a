// The dump worker's batch conversion: records in order, dump fields first, and a page that throws becomes
// an `{ title, error }` record while the others go on (e.g. 'ভাঙা পাতা' fails, 'ঢাকা' and 'খুলনা' do not).
import { describe, it, expect } from 'vitest';
import { convertArticle } from '../../src/article/convert-article.js';
import { convertBatch, type BatchResult, type ConvertSettings } from '../../src/dump/worker.js';

/** A batch's records as the CLI writes them, each on its own line. */
const out = (r: BatchResult): string => r.lines.map((l) => `${l}\n`).join('');

/** What convertArticle throws on a job whose text is not text (a damaged job): the error record's message. */
const damaged = null as unknown as string;
const damagedMessage = (() => {
  try {
    convertArticle(damaged);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('convertArticle accepted a null text');
})();

const settings: ConvertSettings = { ast: false, fields: null, redirects: true, pretty: false };
const job = (title: string, text: string, extra = {}) => ({
  source: 'dump.xml',
  title,
  text,
  id: 1,
  ns: 0,
  timestamp: 't',
  ...extra,
});

describe('convertBatch', () => {
  it('turns a page that throws into an { title, error } record and goes on', () => {
    const r = convertBatch({
      jobs: [job('ঢাকা', 'ক'), job('ভাঙা পাতা', damaged, { id: 2 }), job('খুলনা', 'খ', { id: 3 })],
      settings,
    });
    const records = out(r)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((x) => x.title)).toEqual(['ঢাকা', 'ভাঙা পাতা', 'খুলনা']);
    expect(records[1]).toEqual({ title: 'ভাঙা পাতা', id: 2, ns: 0, timestamp: 't', error: damagedMessage });
    expect(r.failures).toEqual([{ source: 'dump.xml', title: 'ভাঙা পাতা', id: 2, message: damagedMessage }]);
    expect(r.lines.length).toBe(3);
  });

  it('puts the dump fields first, keeps redirects compact, and honours --events-only and --no-redirects', () => {
    const r = convertBatch({ jobs: [job('ঢাকা', 'ক'), job('ঢাকা শহর', '', { redirect: 'ঢাকা' })], settings });
    const [article, redirect] = out(r)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(Object.keys(article).slice(0, 4)).toEqual(['title', 'id', 'ns', 'timestamp']);
    expect(redirect).toEqual({ title: 'ঢাকা শহর', id: 1, ns: 0, timestamp: 't', redirect: 'ঢাকা' });
    const events = convertBatch({
      jobs: [job('ঢাকা', 'ক'), job('ঢাকা শহর', '', { redirect: 'ঢাকা' })],
      settings: {
        ...settings,
        fields: ['title', 'id', 'revid', 'url', 'ns', 'timestamp', 'file', 'events'],
        redirects: false,
      },
    });
    expect(out(events)).toBe('{"title":"ঢাকা","id":1,"ns":0,"timestamp":"t","events":[]}\n');
    const dated = convertBatch({
      jobs: [job('ঢাকা', 'দেশটি ১৯৭১ সালে স্বাধীন হয়।')],
      settings: { ...settings, fields: ['title', 'events'] },
    });
    const record = JSON.parse(out(dated));
    expect(Object.keys(record)).toEqual(['title', 'events']);
    expect(record.events.map((e: { sentence: string }) => e.sentence)).toEqual(['দেশটি ১৯৭১ সালে স্বাধীন হয়।']);
  });

  it('a record carries only the source fields its job has: a folder file has title and file, no dump fields', () => {
    const r = convertBatch({ jobs: [{ source: 'ক.wiki', title: 'ক', text: 'লেখা।', file: 'dir/ক.wiki' }], settings });
    const record = JSON.parse(out(r));
    expect(Object.keys(record).slice(0, 3)).toEqual(['title', 'file', 'redirect']);
    expect(record.file).toBe('dir/ক.wiki');
    const full = convertBatch({
      jobs: [job('খ', 'লেখা।', { revid: 10, url: 'https://bn.wikipedia.org/wiki/খ' })],
      settings: { ...settings, fields: ['title', 'id', 'revid', 'url', 'ns', 'timestamp', 'file'] },
    });
    expect(JSON.parse(out(full))).toEqual({
      title: 'খ',
      id: 1,
      revid: 10,
      url: 'https://bn.wikipedia.org/wiki/খ',
      ns: 0,
      timestamp: 't',
    });
  });

  it('source fields alone need no parse, unless redirects are to be dropped', () => {
    const index = { ...settings, fields: ['title', 'id'] as ConvertSettings['fields'] };
    // a text that would throw if it were converted
    const r = convertBatch({ jobs: [job('ক', damaged)], settings: index });
    expect(r.failures).toEqual([]);
    expect(out(r)).toBe('{"title":"ক","id":1}\n');
    const dropping = convertBatch({
      jobs: [job('ক', '#পুনর্নির্দেশ [[ঢাকা]]'), job('খ', 'লেখা।', { id: 2 })],
      settings: { ...index, redirects: false },
    });
    expect(out(dropping)).toBe('{"title":"খ","id":2}\n');
    expect(dropping.lines.length).toBe(1);
  });

  it('--no-redirects drops a page whose wikitext is a redirect; kept, it says its target', () => {
    const jobs = [job('ক', '#পুনর্নির্দেশ [[ঢাকা]]'), job('খ', 'লেখা।', { id: 2 })];
    const dropped = convertBatch({ jobs, settings: { ...settings, redirects: false } });
    expect(
      out(dropped)
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).title),
    ).toEqual(['খ']);
    const kept = convertBatch({ jobs, settings });
    expect(JSON.parse(out(kept).split('\n')[0]).redirect).toBe('ঢাকা');
  });

  it("a job without a title (standard input) takes the conversion's title; --pretty indents", () => {
    const r = convertBatch({ jobs: [{ source: 'standard input', title: null, text: 'লেখা।' }], settings });
    expect(JSON.parse(out(r)).title).toBeNull();
    expect(Object.keys(JSON.parse(out(r)))[0]).toBe('title');
    const pretty = convertBatch({
      jobs: [job('ক', 'লেখা।')],
      settings: { ...settings, pretty: true, fields: ['title', 'id'] },
    });
    expect(out(pretty)).toBe('{\n  "title": "ক",\n  "id": 1\n}\n');
    const failed = convertBatch({ jobs: [job('ক', damaged)], settings: { ...settings, pretty: true } });
    expect(out(failed).startsWith('{\n  "title": "ক",')).toBe(true);
  });

  it('an empty batch writes nothing', () => {
    expect(convertBatch({ jobs: [], settings })).toEqual({ lines: [], failures: [] });
  });
});
