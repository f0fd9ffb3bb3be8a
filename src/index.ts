// The public surface of bn-wikitext: nothing but exports.
export { parse } from './parse.js';
export type { ParseOptions } from './parse.js';
export { stringify } from './stringify.js';
export type * from './ast.js';
export * from './dates/index.js';
export { convertArticle } from './article/convert-article.js';
export type { Article, ConvertOptions } from './article/convert-article.js';
