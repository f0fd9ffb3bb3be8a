// The public surface of bn-wikitext: nothing but exports.
export * from './dates/index.js';
export { convertArticle } from './article/convert-article.js';
export type { Article, ConvertOptions } from './article/convert-article.js';
