/// <reference lib="dom" />
// The timeline (SVG), shared by the playground and `bn-wikitext timeline`: one lane per article or section,
// a mark per item (`১৯৭১` → a point, `১৯৪৭–১৯৫৬` → a bar, `আনুমানিক` → dashed), hover for the sentence,
// zoom (wheel on the axis, Ctrl+wheel, buttons) and pan (drag), filters by year range and kind.
// Everything from the wikitext goes in as text nodes or attributes (preact), never as HTML.
import { Component, h, type ComponentChildren } from 'preact';
import { useMemo, useRef, useState, useEffect } from 'preact/hooks';
import htm from 'htm';
import { parseDigits } from '../dates/digits.js';
import { BREAK, scaleOf, segmentsOf, ticksOf, yearLabel } from '../timeline/axis.js';
import type { TimelineItem } from '../timeline/items.js';

const html = htm.bind(h);

const LABEL_W = 170;
const LANE_H = 22;
const AXIS_H = 30;

export interface TimelineProps {
  items: readonly TimelineItem[];
  /** The selected item's `event` (playground), highlighted. */
  selected?: number | null;
  onSelect?: (item: TimelineItem) => void;
}

/** `'-৩০০'`, `'১৯৭১'`, `'1971'` → a year (below zero is BCE); '' or junk → null. */
export function parseYear(text: string): number | null {
  const t = text.trim();
  const m = /^(-|খ্রিস্টপূর্ব\s*)?([০-৯0-9]+)$/.exec(t);
  if (!m) return null;
  const n = parseDigits(m[2]);
  return m[1] ? -n : n;
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface MarksProps {
  items: readonly TimelineItem[];
  lanes: Map<string, number>;
  x: (year: number) => number;
  width: number;
  selected: number | null | undefined;
  version: string;
}

/** The marks; re-drawn only when the view changes (not on hover). */
class Marks extends Component<MarksProps> {
  override shouldComponentUpdate(next: MarksProps): boolean {
    return (
      next.version !== this.props.version || next.selected !== this.props.selected || next.items !== this.props.items
    );
  }

  override render({ items, lanes, x, width, selected }: MarksProps): ComponentChildren {
    const out = [];
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      const x0 = x(it.from);
      const x1 = x(it.to);
      if (x1 < -8 || x0 > width + 8) continue;
      const lane = lanes.get(it.lane)!;
      const cls = `m k-${it.kind}${it.approx ? ' approx' : ''}${selected === it.event ? ' sel' : ''}`;
      out.push(
        it.shape === 'point'
          ? h('circle', {
              'data-testid': 'timeline-mark',
              'data-i': i,
              class: cls,
              cx: x0,
              cy: lane * LANE_H + 8,
              r: 4,
            })
          : h('rect', {
              'data-testid': 'timeline-mark',
              'data-i': i,
              class: cls,
              x: x0,
              y: lane * LANE_H + 13,
              width: Math.max(3, x1 - x0),
              height: 6,
              rx: 2,
            }),
      );
    }
    return h('g', null, out);
  }
}

/** The timeline component. */
export function Timeline({ items, selected, onSelect }: TimelineProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(900);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [off, setOff] = useState<Set<string>>(new Set());
  const [view, setView] = useState({ k: 1, tx: 0 });
  const [hover, setHover] = useState<{ item: TimelineItem; x: number; y: number } | null>(null);
  const drag = useRef<{ x: number; tx: number; moved: boolean } | null>(null);

  useEffect(() => {
    const el = box.current!;
    const ro = new ResizeObserver(() => setWidth(Math.max(320, el.clientWidth - LABEL_W - 20)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const kinds = useMemo(() => [...new Set(items.map((i) => i.kind))], [items]);
  const shown = useMemo(() => {
    const a = parseYear(from);
    const b = parseYear(to);
    return items.filter((i) => !off.has(i.kind) && (a === null || i.to >= a) && (b === null || i.from <= b));
  }, [items, from, to, off]);
  const lanes = useMemo(() => {
    const m = new Map<string, number>();
    for (const i of shown) if (!m.has(i.lane)) m.set(i.lane, m.size);
    return m;
  }, [shown]);
  const segments = useMemo(() => segmentsOf(shown, width), [shown, width]);
  const scale = useMemo(() => scaleOf(segments), [segments]);
  useEffect(() => setView({ k: 1, tx: 0 }), [segments]);
  const x = (year: number) => view.k * scale(year) + view.tx;
  const ticks = ticksOf(segments, view.k, view.tx, width);

  /** Zoom by `f` around pixel `px`. */
  const zoom = (f: number, px = width / 2) =>
    setView((v) => {
      const k = Math.min(2000, Math.max(1, v.k * f));
      return { k, tx: Math.min(0, Math.max(width - k * width, px - (px - v.tx) * (k / v.k))) };
    });
  const onWheel = (e: WheelEvent, always: boolean) => {
    if (!always && !e.ctrlKey) return;
    e.preventDefault();
    const r = (e.currentTarget as Element).getBoundingClientRect();
    zoom(Math.exp(-e.deltaY * 0.002), e.clientX - r.left - (always ? 0 : LABEL_W));
  };
  const itemAt = (e: Event): TimelineItem | null => {
    const i = (e.target as Element).getAttribute?.('data-i');
    return i === null || i === undefined ? null : (shown[Number(i)] ?? null);
  };
  const onPointerDown = (e: PointerEvent) => {
    drag.current = { x: e.clientX, tx: view.tx, moved: false };
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (d && e.buttons) {
      if (Math.abs(e.clientX - d.x) > 3) d.moved = true;
      if (d.moved) setView((v) => ({ k: v.k, tx: Math.min(0, Math.max(width - v.k * width, d.tx + e.clientX - d.x)) }));
      return;
    }
    const item = itemAt(e);
    if (item !== hover?.item) setHover(item ? { item, x: e.clientX, y: e.clientY } : null);
  };
  const onPointerUp = (e: PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    if (d && !d.moved) {
      const item = itemAt(e);
      if (item && onSelect) onSelect(item);
    }
  };
  const version = `${view.k} ${view.tx} ${width} ${shown.length} ${from} ${to}`;
  const laneList = [...lanes.keys()];

  return html`<div class="timeline" data-testid="timeline" ref=${box}>
    <div class="tl-controls">
      <label>বছর থেকে <input data-testid="timeline-from" size="7" placeholder="-৩০০" value=${from} onInput=${(e: Event) => setFrom((e.target as HTMLInputElement).value)} /></label>
      <label>পর্যন্ত <input data-testid="timeline-to" size="7" placeholder="২০২৫" value=${to} onInput=${(e: Event) => setTo((e.target as HTMLInputElement).value)} /></label>
      ${kinds.map(
        (
          k,
        ) => html`<label class="kind"><input type="checkbox" data-testid="timeline-kind" value=${k} checked=${!off.has(k)}
        onChange=${() =>
          setOff((s) => {
            const n = new Set(s);
            if (n.has(k)) n.delete(k);
            else n.add(k);
            return n;
          })} /><span class=${`sw k-${k}`}></span>${k}</label>`,
      )}
      <button type="button" onClick=${() => zoom(1.6)} title="zoom in">+</button>
      <button type="button" onClick=${() => zoom(1 / 1.6)} title="zoom out">−</button>
      <button type="button" onClick=${() => setView({ k: 1, tx: 0 })}>পুরো সময়</button>
      <span class="tl-count" data-testid="timeline-count">${shown.length} / ${items.length}</span>
      <span class="tl-hint">জুম: অক্ষে চাকা বা Ctrl+চাকা · সরাতে টানুন</span>
    </div>
    <div class="tl-scroll">
      <svg class="tl-axis" width=${LABEL_W + width} height=${AXIS_H} onWheel=${(e: WheelEvent) => onWheel(e, true)}>
        <g transform=${`translate(${LABEL_W},0)`}>
          <line x1="0" x2=${width} y1=${AXIS_H - 1} y2=${AXIS_H - 1} class="tl-line" />
          ${ticks.map((t) => html`<g transform=${`translate(${t.x},0)`}><line y1=${AXIS_H - 7} y2=${AXIS_H - 1} class="tl-line" /><text y=${AXIS_H - 11} text-anchor="middle">${yearLabel(t.year)}</text></g>`)}
          ${segments.filter((s) => s.gap).map((s) => html`<text class="tl-break" x=${view.k * (s.x0 - BREAK / 2) + view.tx} y=${AXIS_H - 4} text-anchor="middle">≈</text>`)}
        </g>
      </svg>
      <svg class="tl-lanes" width=${LABEL_W + width} height=${Math.max(1, laneList.length) * LANE_H}
        onWheel=${(e: WheelEvent) => onWheel(e, false)} onPointerDown=${onPointerDown} onPointerMove=${onPointerMove} onPointerUp=${onPointerUp}
        onPointerLeave=${() => setHover(null)}>
        ${laneList.map((name, i) => html`<g class=${i % 2 ? 'lane odd' : 'lane'}><rect x="0" y=${i * LANE_H} width=${LABEL_W + width} height=${LANE_H} /><text x="4" y=${i * LANE_H + 15}>${clip(name, 22)}<title>${name}</title></text></g>`)}
        <svg x=${LABEL_W} y="0" width=${width} height=${Math.max(1, laneList.length) * LANE_H}>
          <${Marks} items=${shown} lanes=${lanes} x=${x} width=${width} selected=${selected} version=${version} />
        </svg>
      </svg>
    </div>
    ${
      hover &&
      html`<div class="tl-tip" data-testid="timeline-tip" style=${{ left: `${hover.x + 14}px`, top: `${hover.y + 14}px` }}>
      <b>${hover.item.text}</b> <small>${hover.item.kind} · ${hover.item.lane}</small><div>${clip(hover.item.sentence, 400)}</div></div>`
    }
  </div>`;
}
