// @vitest-environment happy-dom
// The playground (src/web/playground.ts) rendered into a DOM without a browser: the example loads, the panes show
// the highlighted dates, events, plain text and tree of one conversion, a click selects the source, typing
// re-analyses after a pause, a failing analysis says so. tests/browser/ checks the built page in Chromium.
// e.g. typing `১৯৭১ সালের ২৬ মার্চ স্বাধীনতা ঘোষণা।` → one event row, one highlighted mention, one mark.
import { describe, it, expect, beforeAll, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertArticle } from '../../src/article/convert-article.js';
import { toPlainText } from '../../src/text/plain-text.js';

// the tests run from the project folder (a happy-dom module's import.meta.url is no file: URL)
const seed = readFileSync(join(process.cwd(), 'fixtures', 'seed.wiki'), 'utf8');
const $ = (testid: string) => document.querySelector(`[data-testid="${testid}"]`) as HTMLElement;
const $$ = (testid: string) => Array.from(document.querySelectorAll(`[data-testid="${testid}"]`)) as HTMLElement[];
const input = () => $('input') as HTMLTextAreaElement;

/** Types a text into the input and lets the pause pass (the analysis runs after it). */
async function typeText(text: string): Promise<void> {
  input().value = text;
  await act(async () => {
    input().dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(1100);
  });
}

// the module renders into #app when it is loaded
let describeValue: typeof import('../../src/web/playground.js')['describeValue'];
beforeAll(async () => {
  vi.useFakeTimers();
  document.body.innerHTML = '<div id="app"></div>';
  await act(async () => {
    ({ describeValue } = await import('../../src/web/playground.js'));
  });
});

describe('describeValue', () => {
  it('writes a value as year-month-day, calendar, precision, season and approx', () => {
    const v = { year: 1971, month: 3, day: 6, calendar: 'gregorian', precision: 'day', era: 'CE' } as const;
    expect(describeValue(v as never)).toBe('1971-03-06 · gregorian · day');
    expect(describeValue({ ...v, month: null, day: null, precision: 'year', era: 'BCE', approx: true } as never)).toBe(
      'BCE 1971 · gregorian · year · approx',
    );
    expect(describeValue({ ...v, year: null, day: null, season: 'winter', precision: 'season' } as never)).toBe(
      '?-03 · gregorian · season · winter',
    );
  });
});

describe('the playground', () => {
  it('starts empty, then loads the example: the panes show its one conversion', async () => {
    expect($('status').textContent).toMatch(/^0 events · \d+ ms$/);
    await act(async () => {
      $('load-example').click();
      await vi.advanceTimersByTimeAsync(1100);
    });
    expect(input().value).toBe(seed);
    const article = convertArticle(seed, { ast: true });
    expect($('status').textContent).toMatch(new RegExp(`^${article.events.length} events · \\d+ ms$`));
    expect($$('event')).toHaveLength(article.events.length);
    expect($('plain-text').textContent).toBe(toPlainText(article.ast!));
    expect($('source').textContent).toBe(seed);
    const mentions = $$('date-mention');
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.length).toBeLessThanOrEqual(article.events.length);
    const first = [...article.events].sort((a, b) => a.date.start - b.date.start)[0];
    expect(mentions[0].textContent).toBe(seed.slice(first.date.start, first.date.end));
    expect($$('timeline-mark')).toHaveLength(article.events.length);
  });

  it('an event row shows the date as written, its value, kind, section and sentence; a click selects its source', async () => {
    await typeText('== ইতিহাস ==\nদেশটি ১৯৭১ সালের ২৬ মার্চ স্বাধীনতা ঘোষণা করে।');
    const rows = $$('event');
    expect(rows).toHaveLength(1);
    const cells = Array.from(rows[0].querySelectorAll('td')).map((c) => c.textContent);
    expect(cells).toEqual([
      '১৯৭১ সালের ২৬ মার্চ',
      '1971-03-26 · gregorian · day',
      'prose',
      'ইতিহাস',
      'দেশটি ১৯৭১ সালের ২৬ মার্চ স্বাধীনতা ঘোষণা করে।',
    ]);
    act(() => {
      rows[0].click();
    });
    expect($$('event')[0].className).toBe('sel');
    const text = input().value;
    expect(text.slice(input().selectionStart, input().selectionEnd)).toBe('দেশটি ১৯৭১ সালের ২৬ মার্চ স্বাধীনতা ঘোষণা করে।');
    // the mention's title says the value; a click on it selects the same event
    const mark = $$('date-mention')[0];
    expect(mark.textContent).toBe('১৯৭১ সালের ২৬ মার্চ');
    expect(mark.title).toBe('1971-03-26 · gregorian · day');
  });

  it('a Bengali-calendar date shows its Gregorian value too, a range its end', async () => {
    await typeText('তিনি ২৫ বৈশাখ ১২৬৮ বঙ্গাব্দে জন্মগ্রহণ করেন। যুদ্ধ ১৯৩৯ থেকে ১৯৪৫ সাল পর্যন্ত চলে।');
    const values = $$('event').map((r) => r.querySelectorAll('td')[1].textContent);
    expect(values).toEqual([
      '1268-01-25 · bengali · day (= 1861-05-08 · gregorian · day · approx)',
      '1939 · gregorian · year – 1945 · gregorian · year',
    ]);
  });

  it('the tree opens node by node, and a node selects its source range', async () => {
    const text = "'''ঢাকা''' [[বাংলাদেশ|দেশের]] রাজধানী।";
    await typeText(text);
    const [start, end] = [text.indexOf('[['), text.indexOf(']]') + 2];
    const labels = () => $$('tree-node').map((n) => n.querySelector('.tn')!.textContent);
    expect(labels()[0]).toBe('root');
    expect(labels()).toContain('wikiLink বাংলাদেশ');
    expect(labels()).not.toContain('linkPart');
    const link = $$('tree-node').find((n) => n.querySelector('.tn')!.textContent === 'wikiLink বাংলাদেশ')!;
    expect(link.querySelector('small')!.textContent).toBe(`${start}–${end}`);
    act(() => {
      (link.querySelector('.tn') as HTMLElement).click();
    });
    expect([input().selectionStart, input().selectionEnd]).toEqual([start, end]);
    const toggle = link.querySelector('button')!;
    expect([toggle.textContent, toggle.getAttribute('aria-expanded')]).toEqual(['▸', 'false']);
    act(() => {
      toggle.click();
    });
    expect(labels()).toContain('linkPart'); // the label part, itself closed
    expect(link.querySelector('button')!.textContent).toBe('▾');
  });

  it('overlapping mentions are highlighted once; the source text is kept whole', async () => {
    const text = '১৯৫২ সালের ২১ ফেব্রুয়ারি ও ১৯৭১ সালে। ';
    await typeText(text);
    expect($('source').textContent).toBe(text);
    const starts = $$('date-mention').map((m) => m.textContent);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('downloads the record without its tree as article.json', async () => {
    await typeText('১৯৭১ সালে স্বাধীন।');
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:x';
    });
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    try {
      act(() => {
        $('download').click();
      });
      expect(clicks).toEqual(['article.json']);
      const record = JSON.parse(await blobs[0].text());
      expect(record.ast).toBeUndefined();
      expect(record.events).toHaveLength(1);
      expect(blobs[0].type).toBe('application/json');
    } finally {
      create.mockRestore();
      click.mockRestore();
    }
  });
});
