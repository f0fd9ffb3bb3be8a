// PLACEHOLDER until issue 4 lands: the real record (sections, links, events …) replaces this.
export interface Article {
  title: string | null;
  redirect: string | null;
  text: string;
  [key: string]: unknown;
}
export interface ConvertOptions { title?: string; ast?: boolean }

export function convertArticle(wikitext: string, meta: ConvertOptions = {}): Article {
  const m = /^\s*#(?:REDIRECT|পুনর্নির্দেশ|পুনঃর্নির্দেশ|পুনঃনির্দেশ|পুননির্দেশ)\s*:?\s*\[\[([^\]|]+)/iu.exec(wikitext);
  return { title: meta.title ?? null, redirect: m ? m[1].trim() : null, text: wikitext };
}
