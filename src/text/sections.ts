// The article's sections from its top-level headings (both shapes: `\n==ক==\n` and flattened ` ==ক== `):
// lead (path []) then each heading with its path, e.g. ["ইতিহাস", "প্রাচীন যুগ"] for an h3 under an h2.
import type { Heading, Root, RootContent } from '../ast.js';
import { isAppendixSection } from '../site/appendix-sections.js';
import { plainTextOf, type PlainText } from './plain-text.js';

export interface Section {
  /** The heading node, null for the lead. */
  heading: Heading | null;
  /** Heading text as a reader sees it ('' for the lead). */
  title: string;
  /** The heading's plain text with its offset map, before `title` collapses its spaces (empty for the lead). */
  titleText: PlainText;
  /** 0 for the lead, else the heading depth. */
  level: number;
  /** Titles of the enclosing headings and this one ([] for the lead). */
  path: string[];
  /** The nodes after the heading up to the next heading. */
  nodes: RootContent[];
  /** Source range of the section, heading included. */
  start: number;
  end: number;
  /** Plain text of `nodes` with its offset map (rendered once, shared by text and events). */
  body: PlainText;
  /** An appendix (তথ্যসূত্র, বহিঃসংযোগ, আরও দেখুন …) or a section inside one. */
  appendix: boolean;
}

/** Splits a root into its lead and heading sections, in order. */
export function sectionsOf(root: Root): Section[] {
  const sections: Section[] = [];
  const stack: { level: number; title: string }[] = [];
  const rootEnd = root.position!.end.offset!;
  const empty: PlainText = { text: '', map: new Int32Array(1) };
  let current: Section = {
    heading: null,
    title: '',
    titleText: empty,
    level: 0,
    path: [],
    nodes: [],
    start: 0,
    end: rootEnd,
    body: empty,
    appendix: false,
  };
  /** Level of the appendix heading the sections are under, if any. */
  let appendixLevel = Infinity;
  for (const node of root.children) {
    if (node.type !== 'heading') {
      current.nodes.push(node);
      continue;
    }
    const start = node.position!.start.offset!;
    current.end = start;
    sections.push(current);
    // as a reader sees it: spaces collapse (`=== চীন  ([[:en:History of geography|…]]) ===` → `চীন (History of geography)`)
    const titleText = plainTextOf(node.children, node.position!.end.offset!);
    const title = titleText.text.replace(/\s+/g, ' ').trim();
    while (stack.length && stack[stack.length - 1].level >= node.depth) stack.pop();
    stack.push({ level: node.depth, title });
    if (node.depth <= appendixLevel) appendixLevel = isAppendixSection(title) ? node.depth : Infinity;
    const appendix = appendixLevel !== Infinity;
    current = {
      heading: node,
      title,
      titleText,
      level: node.depth,
      path: stack.map((s) => s.title),
      nodes: [],
      start,
      end: rootEnd,
      body: empty,
      appendix,
    };
  }
  sections.push(current);
  for (const s of sections) s.body = plainTextOf(s.nodes, s.end);
  return sections;
}
