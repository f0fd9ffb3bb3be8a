// The flattened shape of many public dataset dumps: newlines gone, `==শিরোনাম==` mid-line between
// spaces (the seed article is one). `parse` decides it once per page; the grammar then looks for
// headings mid-line too (headings.ts, `flatHeadingAt`).

const FLAT_HINT = /(?:^|\s)={2,6}[^=\n]+={2,6}(?=\s|$)/;

/**
 * The flattened shape: no newline in the page, and a `==…==` between spaces (or the page's edges).
 * > | ক ==ইতিহাস== খ
 *       ^ a heading mid-line
 */
export function isFlattened(input: string): boolean {
  return !input.includes('\n') && FLAT_HINT.test(input);
}
