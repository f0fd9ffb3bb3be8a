// The public surface of bn-wikitext: nothing but exports.
export { parse } from './parse.js';
export type { ParseOptions } from './parse.js';
export { bnwikiFacts, createSite } from './site/create-site.js';
export type { SiteFacts } from './site/create-site.js';
export type { Site } from './site/bnwiki.js';
export { siteFactsFromSiteinfo } from './site/siteinfo.js';
export { stringify } from './stringify.js';
export type * from './ast.js';
export * from './dates/index.js';
export { toPlainText } from './text/plain-text.js';
export { extractEvents, sortEvents } from './events/extract-events.js';
export type { Event, EventKind, EventOptions } from './events/extract-events.js';
export { convertArticle } from './article/convert-article.js';
export type * from './article/types.js';
