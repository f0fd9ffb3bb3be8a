// The lookahead that decides whether `[[` and `[url` open links (grammar-support/links.ts), seen in the tree:
// a target may hold a comment or a template but no newline, bracket or tag, nor start with a URL; only file and
// category links hold links; an external link's label ends at its `]`, skipping comments, tags and templates,
// and in a table cell at the next `||` (or `!!` on a header line). e.g. `[[ক\nখ]]` → text; `[[ক|[[খ]]]]` → text, link, text.
import { describe, expect, test } from 'vitest';
import { expectPositions, p, shape } from '../helpers.js';

describe('link lookahead', () => {
  test.each([
    // internal link targets
    ['[[ক\nখ]]', 'text'],
    ['[[ক[খ]]', 'text'],
    ['[[<b>x</b>]]', 'text htmlElement(text) text'],
    ['[[ _ ]]', 'text'],
    ['[[ক<!-- x -->|খ]]', 'wikiLink(linkPart(text))'],
    ['[[ক<!-- x -->]]খ', 'wikiLink'],
    ['[[ক<!-- x ]]', 'text comment'],
    ['[[{{PAGENAME}}]]', 'wikiLink'],
    ['[[ক{{খ}}]]', 'wikiLink'],
    ['[[ক{{খ]]', 'text'],
    ['[[ https://x.org ]]', 'text externalLink text'],
    ['[[//x.org]]', 'text externalLink text'],
    // links inside links: only a file's or a category's caption holds them
    ['[[চিত্র:ক.jpg|থাম্ব|ক [[খ]] গ]]', 'wikiLink(linkPart(text),linkPart(text,wikiLink,text))'],
    ['[[বিষয়শ্রেণী:ক|[[খ]]]]', 'wikiLink(linkPart(wikiLink))'],
    ['[[ চিত্র :ক.jpg|[[খ]]]]', 'wikiLink(linkPart(wikiLink))'],
    ['[[ক|[[খ]]]]', 'text wikiLink text'],
    ['[[ক:খ|[[গ]]]]', 'text wikiLink text'],
    ['[[:চিত্র:ক.jpg|[[খ]]]]', 'text wikiLink text'],
    ['[[চিত্র:ক.jpg]] [[খ|গ]]', 'wikiLink text wikiLink(linkPart(text))'],
    // external link labels
    ['[http://x.org ক <!-- ] --> খ]', 'externalLink(text,comment,text)'],
    ['[http://x.org <span title="[ক]">খ</span>]', 'externalLink(htmlElement(text))'],
    ['[http://x.org ক <!-- ]', 'text externalLink text comment'],
    ['[http://x.org {{ক|]}} খ]', 'externalLink(template(templateArgument(text)),text)'],
    ['[http://x.org ক [[খ]] গ]', 'externalLink(text,wikiLink,text)'],
    ['[http://x.org ক\nখ]', 'text externalLink text'],
    ['[http://x.org ক] [http://y.org খ]', 'externalLink(text) text externalLink(text)'],
    ['[http://x.org ক [http://y.org খ]', 'externalLink(text)'], // a label may hold "["
    // in a table cell the next cell comes first
    ['{|\n| [ftp://x.org ক||খ]\n|}', 'table(text,tableRow(tableCell(text,externalLink,text),tableCell(text)))'],
    ['{|\n| [ftp://x||]\n|}', 'table(text,tableRow(tableCell(text,externalLink),tableCell(text)))'],
    ['{|\n! [http://x.org ক!!খ]\n|}', 'table(text,tableRow(tableCell(text,externalLink,text),tableCell(text)))'],
    ['{|\n| [http://x.org ক!!খ]\n|}', 'table(text,tableRow(tableCell(text,externalLink(text),text)))'],
    ['{|\n| [http://x.org ক]||খ\n|}', 'table(text,tableRow(tableCell(text,externalLink(text)),tableCell(text)))'],
  ])('%j → %s', (input, expected) => {
    const root = p(input);
    expect(shape(root.children)).toBe(expected);
    expectPositions(root, input);
  });
});
