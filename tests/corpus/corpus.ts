// The 300 real bnwiki articles of ../shared/corpus (CC BY-SA), read at test time, never copied here.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface CorpusArticle {
  title: string;
  text: string;
}

const file = new URL('../../../shared/corpus/bnwiki-300-articles.ndjson.gz', import.meta.url);
let cache: CorpusArticle[] | undefined;

/** Every article of the shared corpus, in file order (read once per test file). */
export function corpusArticles(): CorpusArticle[] {
  cache ??= gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusArticle);
  return cache;
}
