// What the timeline page gets from `bn-wikitext timeline`, and how it is put into the page safely:
// `{"title":"</script><script>alert(1)</script>"}` → `{"title":"\u003c/script>\u003cscript>…"}` inside <script type="application/json">.
import type { TimelineItem } from './items.js';

export interface TimelinePageData {
  /** The page heading: the input's name, or a count of articles. */
  title: string;
  articles: number;
  items: TimelineItem[];
}

/** JSON that cannot end its <script> element or open a comment: every `<` becomes `\u003c`. */
export const scriptJson = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

/** The marker in the built page template (dist/timeline-template.html) that the data replaces. */
export const DATA_MARKER = '/*TIMELINE_DATA*/';

/** The template with the data in place. */
export const fillTemplate = (template: string, data: TimelinePageData): string => {
  const at = template.indexOf(DATA_MARKER);
  if (at < 0) throw new Error('timeline template has no data marker');
  return template.slice(0, at) + scriptJson(data) + template.slice(at + DATA_MARKER.length);
};
