// Sentences of plain text: they end at `।` `॥` `৷` `?` `!` and at line breaks (block ends, headings):
// "১৯৮৮ সালে সম্পর্ক স্থাপিত হয়। তবে …" → ["১৯৮৮ সালে সম্পর্ক স্থাপিত হয়।", "তবে …"].

/** A sentence as a `[start, end)` span of the text it was found in (trimmed). */
export interface Span {
  start: number;
  end: number;
}

const ENDS = /[\u0964\u0965\u09f7?!]+|\n/g;

/** Splits text into trimmed sentence spans, in order; empty ones are skipped. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) spans.push({ start: a, end: b });
  };
  ENDS.lastIndex = 0;
  for (let m = ENDS.exec(text); m; m = ENDS.exec(text)) {
    const stop = m[0] === '\n' ? m.index : m.index + m[0].length;
    push(from, stop);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}
