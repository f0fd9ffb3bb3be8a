// Where a template closes, for every `{{` of a text, from one pass over it: `{{cite|{{ক}}}} ১৯৭১` → the `{{` at 0
// closes after the last `}}` (offset 14). Scanning from each `{{` instead read the rest of the text again for every
// unclosed one (`{{cite web|` ×8,000: 1.1 s).

const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }
const NO_RUNS: ReadonlyMap<number, number> = new Map();

/** The close of every `{{` of one text, found when first asked. `new BraceMatches(text).endOf(i)`. */
export class BraceMatches {
  /** Per `{{` (in text order): the offset after the `}}` that closes it, or -1 (made when first asked). */
  private ends: number[] | null = null;
  /** The start of each run of `{` holding a `{{` → the index of its first `{{` in `ends` (made with it). */
  private firstOfRun: ReadonlyMap<number, number> = NO_RUNS;

  constructor(private readonly text: string) {}

  /**
   * The offset after the `}}` that closes the `{{` at `i` (nested pairs counted, `{{{` read as `{{` + `{`), or -1
   * when none does: what a scan from `i` finds, `depth` up at each `{{`, down at each `}}`.
   */
  endOf(i: number): number {
    const ends = this.ends ?? this.match();
    const firstOfRun = this.firstOfRun;
    const s = this.text;
    let runStart = i;
    while (runStart > 0 && s.charCodeAt(runStart - 1) === OPEN) runStart--;
    let runEnd = i;
    while (runEnd < s.length && s.charCodeAt(runEnd) === OPEN) runEnd++;
    // a scan from `i` opens (runEnd - i) >> 1 pairs in this run: the same closes as the run's last ones
    const first = firstOfRun.get(runStart);
    if (first === undefined || runEnd - i < 2) return -1;
    return ends[first + ((runEnd - runStart) >> 1) - ((runEnd - i) >> 1)];
  }

  /**
   * One pass: each run of `{` opens a pair per two braces, each run of `}` closes one per two, the last open
   * first. Runs of braces begin where any scan enters them whole, so every scan reads the same pairs after
   * its own run.
   */
  private match(): number[] {
    const s = this.text;
    const ends: number[] = [];
    const open: number[] = [];
    const firstOfRun = new Map<number, number>();
    this.firstOfRun = firstOfRun;
    let k = 0;
    while (k < s.length) {
      const c = s.charCodeAt(k);
      if (c !== OPEN && c !== CLOSE) {
        k++;
        continue;
      }
      let end = k;
      while (end < s.length && s.charCodeAt(end) === c) end++;
      if (c === OPEN && end - k >= 2) {
        firstOfRun.set(k, ends.length);
        for (let p = k; p + 1 < end; p += 2) {
          open.push(ends.length);
          ends.push(-1);
        }
      } else if (c === CLOSE) {
        for (let p = k; p + 1 < end; p += 2) {
          const o = open.pop();
          if (o !== undefined) ends[o] = p + 2;
        }
      }
      k = end;
    }
    this.ends = ends;
    return ends;
  }
}
