// @vitest-environment happy-dom
// The timeline component (src/web/timeline-view.ts) rendered into a DOM without a browser: lanes, a mark per item
// (a point or a bar, dashed when approximate), the year and kind filters, selection, the tip on hover, zoom and
// pan. tests/browser/ checks the built pages in Chromium; this one lets `npm run mutate` see the component.
// e.g. items [{ lane: 'ভূমিকা', text: '১৯৭১', from: 1971, to: 1971, shape: 'point' }] → one <circle> in lane 0.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { Timeline, parseYear } from '../../src/web/timeline-view.js';
import type { TimelineItem } from '../../src/timeline/items.js';

const item = (over: Partial<TimelineItem>): TimelineItem => ({
  lane: 'ভূমিকা',
  text: '১৯৭১',
  sentence: '১৯৭১ সালে দেশ স্বাধীন হয়।',
  kind: 'prose',
  from: 1971,
  to: 1971,
  shape: 'point',
  approx: false,
  event: 0,
  ...over,
});

const ITEMS: TimelineItem[] = [
  item({}),
  item({ lane: 'ইতিহাস', text: '১৯৪৭–১৯৫৬', from: 1947, to: 1957, shape: 'bar', event: 1, sentence: 'পূর্ববঙ্গ' }),
  item({ lane: 'ইতিহাস', text: 'আনুমানিক ৩০০ খ্রিস্টপূর্বাব্দ', from: -300, to: -299, approx: true, event: 2 }),
  item({ lane: 'জীবনী', text: '৭ মে ১৮৬১', from: 1861.35, to: 1861.35, kind: 'birth', event: 3 }),
];

let box: HTMLElement;
beforeEach(() => {
  box = document.createElement('div');
  document.body.append(box);
});
afterEach(() => {
  render(null, box);
  box.remove();
});

const marks = () => Array.from(box.querySelectorAll('[data-testid="timeline-mark"]'));
const count = () => box.querySelector('[data-testid="timeline-count"]')!.textContent;
const lanes = () => Array.from(box.querySelectorAll('.tl-lanes g.lane text')).map((t) => t.firstChild?.textContent);
const type = (testid: string, value: string) => {
  const input = box.querySelector(`[data-testid="${testid}"]`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

function show(items: readonly TimelineItem[], props: Record<string, unknown> = {}) {
  act(() => render(h(Timeline, { items, ...props }), box));
}

describe('parseYear', () => {
  it.each([
    ['১৯৭১', 1971],
    [' 1971 ', 1971],
    ['-৩০০', -300],
    ['খ্রিস্টপূর্ব ৩০০', -300],
    ['খ্রিস্টপূর্ব৫০', -50],
    ['', null],
    ['১৯৭১ সাল', null],
    ['--5', null],
    ['x1971', null],
  ])('%j → %s', (text, year) => {
    expect(parseYear(text)).toBe(year);
  });
});

describe('Timeline', () => {
  it('draws a lane per lane name in first-seen order, and a point or a bar per item', () => {
    show(ITEMS);
    expect(lanes()).toEqual(['ভূমিকা', 'ইতিহাস', 'জীবনী']);
    expect(count()).toBe('4 / 4');
    const m = marks();
    expect(m.map((e) => e.tagName.toLowerCase())).toEqual(['circle', 'rect', 'circle', 'circle']);
    expect(m.map((e) => e.getAttribute('class'))).toEqual(['m k-prose', 'm k-prose', 'm k-prose approx', 'm k-birth']);
    // lane rows: ভূমিকা is lane 0, ইতিহাস 1, জীবনী 2
    expect(m[0].getAttribute('cy')).toBe('8');
    expect(m[1].getAttribute('y')).toBe(String(22 + 13));
    expect(m[3].getAttribute('cy')).toBe(String(2 * 22 + 8));
    expect(Number(m[1].getAttribute('width'))).toBeGreaterThanOrEqual(3);
    // time runs left to right
    const x = (e: Element) => Number(e.getAttribute('cx') ?? e.getAttribute('x'));
    expect(x(m[2])).toBeLessThan(x(m[3]));
    expect(x(m[3])).toBeLessThan(x(m[1]));
    expect(x(m[1])).toBeLessThan(x(m[0]));
  });

  it('clips a long lane name, and keeps the whole name in its title', () => {
    const long = 'বাংলাদেশের মুক্তিযুদ্ধের ইতিহাস ও পটভূমি';
    show([item({ lane: long })]);
    const label = box.querySelector('.tl-lanes g.lane text')!;
    expect(label.firstChild!.textContent).toBe(`${long.slice(0, 21)}…`);
    expect(label.querySelector('title')!.textContent).toBe(long);
  });

  it('labels the axis with years and marks a long empty gap with a break', () => {
    show(ITEMS);
    const ticks = Array.from(box.querySelectorAll('.tl-axis text')).map((t) => t.textContent);
    expect(ticks).toContain('≈');
    expect(ticks.some((t) => /^[০-৯]+$/.test(t ?? ''))).toBe(true);
  });

  it('filters by year range (Bengali or ASCII digits, BCE with a minus) and by kind', () => {
    show(ITEMS);
    act(() => type('timeline-from', '১৯০০'));
    expect(count()).toBe('2 / 4');
    expect(lanes()).toEqual(['ভূমিকা', 'ইতিহাস']);
    act(() => type('timeline-to', '1960'));
    expect(count()).toBe('1 / 4'); // the bar 1947–1957
    act(() => type('timeline-from', '-৪০০'));
    act(() => type('timeline-to', '-৩০০'));
    expect(count()).toBe('1 / 4');
    act(() => type('timeline-from', 'বাজে'));
    act(() => type('timeline-to', ''));
    expect(count()).toBe('4 / 4'); // junk is no bound
    const kinds = Array.from(box.querySelectorAll('[data-testid="timeline-kind"]')) as HTMLInputElement[];
    expect(kinds.map((k) => k.value)).toEqual(['prose', 'birth']);
    act(() => {
      kinds[0].dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(count()).toBe('1 / 4');
    act(() => {
      kinds[0].dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(count()).toBe('4 / 4');
  });

  it('highlights the selected item and reports a click on a mark', () => {
    const picked: TimelineItem[] = [];
    show(ITEMS, { selected: 3, onSelect: (i: TimelineItem) => picked.push(i) });
    expect(marks().map((e) => e.getAttribute('class')?.includes(' sel'))).toEqual([false, false, false, true]);
    const svg = box.querySelector('.tl-lanes')!;
    const mark = marks()[1];
    act(() => {
      mark.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: 10 }));
      mark.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, clientX: 11 }));
    });
    expect(picked.map((i) => i.event)).toEqual([1]);
    // a drag is no click
    act(() => {
      svg.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: 10 }));
      mark.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 60, buttons: 1 }));
      mark.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, clientX: 60 }));
    });
    expect(picked).toHaveLength(1);
  });

  it('shows the date, kind, lane and sentence of a hovered mark, and hides them on leaving', () => {
    show(ITEMS);
    act(() => {
      marks()[3].dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 100, clientY: 40 }));
    });
    const tip = box.querySelector('[data-testid="timeline-tip"]') as HTMLElement;
    expect(tip.querySelector('b')!.textContent).toBe('৭ মে ১৮৬১');
    expect(tip.querySelector('small')!.textContent).toBe('birth · জীবনী');
    expect(tip.querySelector('div')!.textContent).toBe('১৯৭১ সালে দেশ স্বাধীন হয়।');
    expect(tip.style.left).toBe('114px');
    expect(tip.style.top).toBe('54px');
    act(() => {
      box.querySelector('.tl-lanes')!.dispatchEvent(new PointerEvent('pointerleave'));
    });
    expect(box.querySelector('[data-testid="timeline-tip"]')).toBeNull();
  });

  it('zooms in and out with the buttons (never below the whole span), and the whole-span button resets', () => {
    show([item({ from: 1900, to: 1900 }), item({ from: 2000, to: 2000, event: 1 })]);
    const x = () => marks().map((e) => Number(e.getAttribute('cx')));
    const [a0, b0] = x();
    const button = (title: string) => box.querySelector(`button[title="${title}"]`) as HTMLButtonElement;
    act(() => button('zoom in').click());
    const [a1, b1] = x();
    expect(b1 - a1).toBeCloseTo((b0 - a0) * 1.6, 5);
    act(() => button('zoom out').click());
    act(() => button('zoom out').click());
    const [a2, b2] = x();
    expect(b2 - a2).toBeCloseTo(b0 - a0, 5); // not below 1×
    act(() => button('zoom in').click());
    const whole = Array.from(box.querySelectorAll('.tl-controls button')).find((b) => b.textContent === 'পুরো সময়')!;
    act(() => (whole as HTMLButtonElement).click());
    expect(x()).toEqual([a0, b0]);
  });

  it('shows the text of a title or sentence as text, never as markup', () => {
    show([item({ lane: '<img src=x onerror=alert(1)>', sentence: '<script>alert(2)</script>' })]);
    act(() => {
      marks()[0].dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 1, clientY: 1 }));
    });
    expect(box.querySelector('img')).toBeNull();
    expect(box.querySelector('.tl-tip script')).toBeNull();
    expect(box.querySelector('[data-testid="timeline-tip"] div')!.textContent).toBe('<script>alert(2)</script>');
  });
});
