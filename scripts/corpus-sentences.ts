// Labelled sentences taken from the shared corpus without copying its text into the project: a label names the
// article and a span of its wikitext, `{ title: 'ঢাকা', at: 1520, len: 96, expected: [...] }`, and the sentence
// is rebuilt here from ../shared/corpus. The span holds prose with at most links and bold/italic quotes; the
// sentence is what a reader sees of it: `[[ঢাকা]] ১৬১০ সালে [[মুঘল সাম্রাজ্য|মুঘলদের]]` → `ঢাকা ১৬১০ সালে মুঘলদের`.
// Expected offsets count in that sentence. Deliberately tiny and independent of the library's plain-text renderer,
// so a change there never moves a label.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const corpusFile = join(
  fileURLToPath(new URL('..', import.meta.url)),
  '..',
  'shared',
  'corpus',
  'bnwiki-300-articles.ndjson.gz',
);

/** `[[target|label]]` → label, `[[target]]` → target, `'''`/`''` → nothing: the reader's text of a markup-light span. */
export function sentenceText(wikitext: string): string {
  return wikitext.replace(/\[\[(?:[^[\]|]*\|)?([^[\]]*)\]\]/g, '$1').replace(/'{2,}/g, '');
}

let articles: Map<string, string> | null = null;

/** The wikitext of an article of the shared corpus, by its title; throws naming the title when it is not there. */
export function corpusArticle(title: string): string {
  articles ??= new Map(
    gunzipSync(readFileSync(corpusFile))
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const a = JSON.parse(l) as { title: string; text: string };
        return [a.title, a.text] as const;
      }),
  );
  const text = articles.get(title);
  if (text === undefined) throw new Error(`${corpusFile}: no article titled "${title}"`);
  return text;
}

/** A corpus-sentence label's sentence: the span `at`..`at + len` of the article's wikitext, as a reader sees it. */
export function corpusSentence(title: string, at: number, len: number): string {
  const text = corpusArticle(title);
  if (at < 0 || at + len > text.length)
    throw new Error(`"${title}": span ${at}+${len} is outside the article (${text.length})`);
  return sentenceText(text.slice(at, at + len));
}

/** A labelled sentence as a JSONL line holds it: its own `text`, or a corpus span (`title`, `at`, `len`). */
export interface LabelSentence {
  text?: string;
  title?: string;
  at?: number;
  len?: number;
}

/** The sentence of a label line: `{ text }` as written, `{ title, at, len }` rebuilt from the corpus. */
export function labelText(o: LabelSentence): string {
  return o.text ?? corpusSentence(o.title ?? '', o.at ?? 0, o.len ?? 0);
}
