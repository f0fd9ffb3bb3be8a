// The dump worker's batch conversion: records in order, dump fields first, and a page that throws becomes
// an `{ title, error }` record while the others go on (e.g. 'ভাঙা পাতা' fails, 'ঢাকা' and 'খুলনা' do not).
import { describe, it, expect, vi } from 'vitest';
import { convertBatch, type ConvertSettings } from '../../src/dump/worker.js';

vi.mock('../../src/article/convert-article.js', () => ({
  convertArticle: (wikitext: string, meta: { title?: string; ast?: boolean } = {}) => {
    if (wikitext.includes('BOOM')) throw new Error('কিছু ভুল হয়েছে');
    return {
      title: meta.title ?? null,
      redirect: null,
      text: wikitext,
      events: [{ sentence: wikitext }],
      ast: meta.ast ? {} : undefined,
    };
  },
}));

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
      jobs: [job('ঢাকা', 'ক'), job('ভাঙা পাতা', 'BOOM', { id: 2 }), job('খুলনা', 'খ', { id: 3 })],
      settings,
    });
    const records = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.map((x) => x.title)).toEqual(['ঢাকা', 'ভাঙা পাতা', 'খুলনা']);
    expect(records[1]).toEqual({ title: 'ভাঙা পাতা', id: 2, ns: 0, timestamp: 't', error: 'কিছু ভুল হয়েছে' });
    expect(r.failures).toEqual([{ source: 'dump.xml', title: 'ভাঙা পাতা', id: 2, message: 'কিছু ভুল হয়েছে' }]);
    expect(r.records).toBe(3);
  });

  it('puts the dump fields first, keeps redirects compact, and honours --events-only and --no-redirects', () => {
    const r = convertBatch({ jobs: [job('ঢাকা', 'ক'), job('ঢাকা শহর', '', { redirect: 'ঢাকা' })], settings });
    const [article, redirect] = r.out
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
    expect(events.out).toBe('{"title":"ঢাকা","id":1,"ns":0,"timestamp":"t","events":[{"sentence":"ক"}]}\n');
  });
});
