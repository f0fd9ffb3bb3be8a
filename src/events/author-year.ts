// Is a parenthesis's inside a list of author–year citations? `আলম, ২০১৪` → yes; `Rao ১৯৯৪, Pollock ১৯৯৬` → yes;
// `জন্ম ১৯৪১ সালে` → no. Read left to right, one year at a time, so it takes time in proportion to the text: one
// regular expression with a repeated name part took ~12 s on a Ukrainian bibliography line of 200 characters.

const PARENTHESIS = /[()]/;
/** A digit run (ASCII or Bengali digits: names hold none). */
const DIGITS = /[0-9০-৯]+/g;
/** `:৩`, `: 12–14` after a year: the pages. */
const PAGES = /:\s*[০-৯0-9\-–]+/y;
/** What may follow the last year: blanks and one `;` or `,`. */
const END = /^\s*[;,]?\s*$/;
/** A name ending in a comma or dash (`আলম, `, `ব্লিজ-`): its text before that end, which must hold a letter. */
const NAME_THEN_MARK = /^([^]*)[,\-–]\s*$/;
const LETTER = /\p{L}/u;
/** A name ending in a Latin word and a blank (`Zarubavel `, `J. Smith `). */
const LATIN_WORD_THEN_BLANK = /[A-Za-z][A-Za-z.'-]*\s+$/;

/** Whether the text before a year names an author: a letter, then a comma or dash; or a Latin word, then a blank. */
function isAuthor(name: string): boolean {
  const marked = NAME_THEN_MARK.exec(name);
  return (marked !== null && LETTER.test(marked[1])) || LATIN_WORD_THEN_BLANK.test(name);
}

/**
 * Whether `inner` (a parenthesis's inside) is author–year citations and nothing else: each
 * an author (`isAuthor`), a year of 3–4 digits, perhaps `:pages`, separated by `;` or `,` or nothing.
 * `জেমস, এস. গার্ডনার, ১৯৭৭` → true; `Jones ১৯৯৮:৩` → true; `১৯৭১ সালে` → false.
 */
export function isAuthorYearList(inner: string): boolean {
  if (PARENTHESIS.test(inner)) return false;
  let at = 0;
  let years = 0;
  DIGITS.lastIndex = 0;
  for (let run = DIGITS.exec(inner); run !== null; run = DIGITS.exec(inner)) {
    const year = run[0];
    if (year.length < 3 || year.length > 4 || !isAuthor(inner.slice(at, run.index))) return false;
    at = run.index + year.length;
    PAGES.lastIndex = at;
    if (PAGES.test(inner)) at = PAGES.lastIndex;
    DIGITS.lastIndex = at;
    years++;
  }
  return years > 0 && END.test(inner.slice(at));
}
