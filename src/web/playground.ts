/// <reference lib="dom" />
// The playground (dist/playground.html): paste wikitext, see its dates highlighted, plain text, events,
// timeline and syntax tree, updated as you type. `১৯৭১ সালের ২৬ মার্চ` → a highlighted mention, an event row,
// a mark. Everything from the wikitext is shown as text or set as an attribute through the DOM (preact), never as HTML.
import { h, render, type ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import htm from 'htm';
import { convertArticle } from '../article/convert-article.js';
import type { Article } from '../article/types.js';
import type { Nodes, Root } from '../ast.js';
import type { DateValue } from '../dates/index.js';
import type { Event as WikiEvent } from '../events/extract-events.js';
import { toPlainText } from '../text/plain-text.js';
import { articleItems } from '../timeline/items.js';
import { Timeline } from './timeline-view.js';
import seed from '../../fixtures/seed.wiki';

const html = htm.bind(h);

/** `{ year: 1971, month: 12, day: 16, … }` → `1971-12-16 · gregorian · day`. */
export function describeValue(v: DateValue): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const ymd = `${v.era === 'BCE' ? 'BCE ' : ''}${v.year ?? '?'}${v.month ? `-${pad(v.month)}` : ''}${v.day ? `-${pad(v.day)}` : ''}`;
  return [ymd, v.calendar, v.precision, v.season, v.approx && 'approx'].filter(Boolean).join(' · ');
}

/** A mention's value with its range end and Gregorian equivalent. */
function describeEvent(e: WikiEvent): string {
  const d = e.date;
  const end = d.rangeEnd ? ` – ${'present' in d.rangeEnd ? 'present' : describeValue(d.rangeEnd)}` : '';
  const greg = d.gregorian ? ` (= ${describeValue(d.gregorian)})` : '';
  return `${describeValue(d.value)}${end}${greg}${d.approx ? ' · approx' : ''}`;
}

/** What the panes show, with the wikitext it was made from (the input may have changed since). */
interface Result {
  text: string;
  article: Article;
  root: Root;
  plain: string;
  ms: number;
}

/** Everything the panes show, from one conversion. */
function analyse(text: string): Result {
  const t0 = performance.now();
  const article = convertArticle(text, { ast: true });
  const root = article.ast!;
  const plain = toPlainText(root);
  return { text, article, root, plain, ms: performance.now() - t0 };
}

/** The source with each event's date span in a <mark> (spans that overlap an earlier one are skipped). */
function Highlighted({ text, events, onPick }: { text: string; events: WikiEvent[]; onPick: (i: number) => void }) {
  const order = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.date.start - b.e.date.start);
  const out: ComponentChildren[] = [];
  let at = 0;
  const seen = new Set<string>();
  for (const { e, i } of order) {
    const key = `${e.date.start} ${e.date.end}`;
    if (e.date.start < at || seen.has(key)) continue;
    seen.add(key);
    out.push(text.slice(at, e.date.start));
    out.push(
      html`<mark data-testid="date-mention" title=${describeEvent(e)} onClick=${() => onPick(i)}>${text.slice(e.date.start, e.date.end)}</mark>`,
    );
    at = e.date.end;
  }
  out.push(text.slice(at));
  return html`<pre class="source" data-testid="source">${out}</pre>`;
}

/** A short label of a node: `template তথ্যছক দেশ`, `wikiLink ঢাকা`, `heading 2`, `text "বাংলাদেশ একটি…"`. */
function nodeLabel(n: Nodes): string {
  const r = n as unknown as Record<string, unknown>;
  const name =
    r.name ??
    r.target ??
    r.url ??
    r.depth ??
    (typeof r.value === 'string' ? JSON.stringify(r.value.length > 40 ? `${r.value.slice(0, 40)}…` : r.value) : '');
  return `${n.type} ${String(name)}`.trim();
}

/** One node of the collapsible tree; children are made only when opened. */
function TreeNode({ node, depth, onPick }: { node: Nodes; depth: number; onPick: (s: number, e: number) => void }) {
  const [open, setOpen] = useState(depth < 1);
  const kids = 'children' in node ? (node.children as Nodes[]) : [];
  const s = node.position?.start.offset ?? 0;
  const e = node.position?.end.offset ?? 0;
  return html`<li data-testid="tree-node">
    ${kids.length ? html`<button type="button" class="tw" aria-expanded=${open} onClick=${() => setOpen(!open)}>${open ? '▾' : '▸'}</button>` : html`<span class="tw"></span>`}
    <span class="tn" onClick=${() => onPick(s, e)}>${nodeLabel(node)}</span> <small>${s}–${e}</small>
    ${open && kids.length > 0 && html`<ul>${kids.map((k) => html`<${TreeNode} node=${k} depth=${depth + 1} onPick=${onPick} />`)}</ul>`}
  </li>`;
}

/** Saves the record (without the tree) as a JSON file. */
function download(article: Article): void {
  const { ast: _ast, ...record } = article;
  const url = URL.createObjectURL(new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'article.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function App() {
  const [result, setResult] = useState<Result>(() => analyse(''));
  const [failure, setFailure] = useState<string | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const runs = useRef(0);

  // Re-analyse after a pause in typing; the pause grows with the article (twice the last run, 150–1000 ms).
  // The textarea keeps its own text: a key press re-renders nothing.
  const schedule = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () => {
        runs.current++;
        // A bug in the library must not freeze the page on the last good result without a word.
        try {
          setResult(analyse(input.current!.value));
          setFailure(null);
        } catch (e) {
          setFailure(String(e));
        }
        setSelected(null);
      },
      Math.min(1000, Math.max(150, 2 * result.ms)),
    );
  };
  const loadExample = () => {
    input.current!.value = seed;
    schedule();
  };

  const events = result.article.events;
  const items = useMemo(() => articleItems(events, new Date().getFullYear()), [events]);

  /** Selects `[s, e)` of the wikitext in the input. */
  const selectSource = (s: number, e: number) => {
    const el = input.current!;
    el.focus();
    el.setSelectionRange(s, e);
    // Scroll the selection into view: the share of lines above it.
    const before = el.value.slice(0, s).split('\n').length;
    el.scrollTop = Math.max(
      0,
      (before / Math.max(1, el.value.split('\n').length)) * el.scrollHeight - el.clientHeight / 3,
    );
  };
  const pick = (i: number) => {
    setSelected(i);
    selectSource(events[i].start, events[i].end);
  };

  return html`<header><h1>bn-wikitext playground</h1>
      <span>উইকিটেক্সট লিখুন বা পেস্ট করুন: তারিখ, ঘটনা, সময়রেখা ও গাছ সঙ্গে সঙ্গে দেখা যাবে।</span>
      <span class="stat" data-testid="status" data-runs=${runs.current} data-ms=${Math.round(result.ms)}>${result.article.events.length} events · ${result.ms.toFixed(0)} ms</span>
      ${failure && html`<strong class="failure" data-testid="error">the analysis failed (showing the last result): ${failure}</strong>`}</header>
    <main>
      <section class="pane input"><h2>Wikitext
        <button type="button" data-testid="load-example" onClick=${loadExample}>উদাহরণ (seed)</button>
        <button type="button" data-testid="download" onClick=${() => download(result.article)}>JSON ↓</button></h2>
        <textarea data-testid="input" ref=${input} spellcheck=${false} onInput=${schedule}></textarea></section>
      <section class="pane"><h2>Dates in the source</h2><${Highlighted} text=${result.text} events=${events} onPick=${pick} /></section>
      <section class="pane"><h2>Plain text</h2><pre class="plain" data-testid="plain-text">${result.plain}</pre></section>
      <section class="pane wide"><h2>Events (${events.length})</h2>
        <table data-testid="events"><thead><tr><th>date</th><th>value</th><th>kind</th><th>section</th><th>sentence</th></tr></thead>
        <tbody>${events.map(
          (e, i) => html`<tr data-testid="event" class=${selected === i ? 'sel' : ''} onClick=${() => pick(i)}>
          <td>${e.date.text}</td><td>${describeEvent(e)}</td><td>${e.kind}</td><td>${e.section.join(' › ')}</td><td>${e.sentence}</td></tr>`,
        )}</tbody></table></section>
      <section class="pane wide"><h2>Timeline</h2><${Timeline} items=${items} selected=${selected} onSelect=${(it: { event: number }) => pick(it.event)} /></section>
      <section class="pane wide"><h2>Syntax tree</h2><ul class="tree" data-testid="tree"><${TreeNode} node=${result.root} depth=${0} onPick=${selectSource} /></ul></section>
    </main>`;
}

render(html`<${App} />`, document.getElementById('app')!);
