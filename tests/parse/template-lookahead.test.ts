// The lookahead that decides whether `{{` opens a template (grammar-support/templates.ts), seen in the tree: a name
// before the first `|` (or a parser function's `:`), which may hold comments and templates but no `[ ] < >`;
// blanks alone are no name; a leading `:` is part of the name (`{{:ঢাকা}}` transcludes an article).
// e.g. `{{ |ক}}` → text; `{{ওয়েব উদ্ধৃতি<!-- x -->|ক}}` → a template with one argument.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p, shape } from '../helpers.js';

describe('template lookahead', () => {
  test.each([
    ['{{}}', 'text'],
    ['{{ |ক}}', 'text'],
    ['{{ \n\t\r}}', 'text'],
    ['{{The [[UN]] x}}', 'text wikiLink text'],
    ['{{ক<b>}}', 'text htmlTag text'],
    ['{{ক]}}', 'text'],
    ['{{ক>}}', 'text'],
    ['{{ওয়েব উদ্ধৃতি<!-- x -->|ক}}', 'template(templateArgument(text))'],
    ['{{<!-- x -->}}', 'text comment text'],
    ['{{ক<!-- x }}', 'text comment'],
    ['{{ক<!-- x -->খ}}', 'template'],
    ['{{{{ক}}|খ}}', 'template(templateArgument(text))'],
    ['{{ {{ক}} }}', 'template'],
    ['{{\rক}}', 'template'],
    ['{{#if:ক|খ}}', 'parserFunction(templateArgument(text),templateArgument(text))'],
    ['{{ক:[খ]}}', 'template'],
    ['{{ক|[[খ]]}}', 'template(templateArgument(wikiLink))'],
    ['{{:ক}}', 'template'],
    ['{{:ক|খ=গ}}', 'template(templateArgument(text))'],
    ['{{:[ক]}}', 'text'],
    ['{{{১|ডিফল্ট}}}', 'parameter(templateArgument(text))'],
    ['{{{}}}', 'parameter'],
    ['{{{১}}', 'text template'],
  ])('%j → %s', (input, expected) => {
    const root = p(input);
    expect(shape(root.children)).toBe(expected);
    expectPositions(root, input);
  });

  test('a leading colon names an article: {{:ঢাকা}} is a template named ":ঢাকা"', () => {
    expect(all(p('{{ :ঢাকা |ক}}'), 'template')[0]).toMatchObject({ name: ':ঢাকা', rawName: ' :ঢাকা ' });
  });
});
