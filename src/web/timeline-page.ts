/// <reference lib="dom" />
// The page `bn-wikitext timeline` writes: the items come as JSON in <script type="application/json" id="timeline-data">
// (every `<` escaped by the writer), are read with JSON.parse and shown through the Timeline component.
import { h, render } from 'preact';
import htm from 'htm';
import { toBengaliDigits } from '../dates/digits.js';
import type { TimelinePageData } from '../timeline/page-data.js';
import { Timeline } from './timeline-view.js';

const html = htm.bind(h);

const data = JSON.parse(document.getElementById('timeline-data')!.textContent!) as TimelinePageData;
const started = performance.now();
render(
  html`<header><h1>${data.title}</h1><p>${toBengaliDigits(data.items.length)}টি ঘটনা · ${toBengaliDigits(data.articles)}টি নিবন্ধ</p></header>
  <main class="page"><${Timeline} items=${data.items} /></main>`,
  document.getElementById('app')!,
);
// How long the first render took (the browser test reads it; the README reports it).
document.body.dataset.renderMs = String(Math.round(performance.now() - started));
