// Events → what a timeline draws: a time span in years, a shape, a lane. Pure data, no DOM, no Node.
// `১৯৪৭–১৯৫৬` → { from: 1947, to: 1957, shape: 'bar' }; `৭ মে ১৮৬১` → { from: 1861.35, shape: 'point' };
// `খ্রিস্টপূর্ব ৩য় শতক` → { from: -300, to: -200, shape: 'bar' }.
import type { DateValue } from '../dates/index.js';
import type { Event, EventKind } from '../events/extract-events.js';

/** One mark on the timeline. `from`/`to` are years on one axis: BCE years count below zero. */
export interface TimelineItem {
  /** The lane: an article's title (several articles) or a section's heading path (one article). */
  lane: string;
  /** The date as written (`১৪ ডিসেম্বর ১৯৭১`). */
  text: string;
  sentence: string;
  kind: EventKind;
  from: number;
  /** Exclusive end of a bar; equal to `from` for a point. */
  to: number;
  shape: 'point' | 'bar';
  approx: boolean;
  /** The index of the event in its article (the playground selects it). */
  event: number;
}

/** How much time one unit of a precision covers, in years. */
const SPAN: Record<DateValue['precision'], number> = {
  day: 1 / 365,
  month: 1 / 12,
  season: 1 / 6,
  year: 1,
  decade: 10,
  century: 100,
};

/** A value's position in years: BCE counts down from zero; a day or month moves into its year. */
function yearsOf(v: DateValue): number | null {
  if (v.year === null) return null;
  const within = ((v.month ?? 1) - 1) / 12 + ((v.day ?? 1) - 1) / 365;
  return v.era === 'BCE' ? -v.year + within : v.year + within;
}

/** The lane name of a section path: [] → 'ভূমিকা' (the lead), ['ইতিহাস', 'মুঘল'] → 'ইতিহাস › মুঘল'. */
export const sectionLane = (path: readonly string[]): string => (path.length ? path.join(' › ') : 'ভূমিকা');

/**
 * The timeline item of an event, or null when it has no year. Non-Gregorian dates are placed by their
 * Gregorian value; a range end moves by the same offset. `– বর্তমান` ends at `presentYear`.
 */
export function itemOf(e: Event, lane: string, event: number, presentYear: number): TimelineItem | null {
  const value = e.date.gregorian ?? e.date.value;
  const from = yearsOf(value);
  if (from === null) return null;
  const native = yearsOf(e.date.value);
  const shift = native === null ? 0 : Math.trunc(from) - Math.trunc(native);
  const end = e.date.rangeEnd;
  let to = from;
  if (end && 'present' in end) to = Math.max(from, presentYear);
  else if (end) {
    const y = yearsOf(end);
    if (y !== null && y + shift >= from) to = y + shift + SPAN[end.precision];
  } else if (value.precision === 'decade' || value.precision === 'century') to = from + SPAN[value.precision];
  const approx = e.date.approx || value.approx === true || e.date.value.approx === true;
  return {
    lane,
    text: e.date.text,
    sentence: e.sentence,
    kind: e.kind,
    from,
    to,
    shape: to > from ? 'bar' : 'point',
    approx,
    event,
  };
}

/** Items of one article's events, one lane per section path. */
export function articleItems(events: readonly Event[], presentYear: number): TimelineItem[] {
  const out: TimelineItem[] = [];
  events.forEach((e, i) => {
    const item = itemOf(e, sectionLane(e.section), i, presentYear);
    if (item) out.push(item);
  });
  return out;
}

/** Items of several articles, one lane per article title. */
export function articlesItems(
  articles: readonly { title: string; events: readonly Event[] }[],
  presentYear: number,
): TimelineItem[] {
  const out: TimelineItem[] = [];
  for (const a of articles)
    a.events.forEach((e, i) => {
      const item = itemOf(e, a.title, i, presentYear);
      if (item) out.push(item);
    });
  return out;
}
