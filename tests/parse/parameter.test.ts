// Template parameters `{{{name|default}}}`. MediaWiki: three braces; the name before the first `|`
// (trimmed); one default (further `|` parts are ignored); nested parameters in the default;
// four braces are `{` + parameter, five are a template whose name is a parameter.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p, source } from '../helpers.js';

describe('parameter', () => {
  // input → name, the defaults' sources
  test.each([
    ['{{{১}}}', '১', []],
    ['{{{১|ডিফল্ট}}}', '১', ['ডিফল্ট']],
    ['{{{১|}}}', '১', ['']],
    ['{{{নাম|}}}', 'নাম', ['']],
    ['{{{ নাম |ক}}}', 'নাম', ['ক']],
    ['{{{১|ক|খ}}}', '১', ['ক', 'খ']],
    ['{{{নাম|{{{১|}}}}}}', 'নাম', ['{{{১|}}}']],
    ['{{{১|[[ক|খ]]}}}', '১', ['[[ক|খ]]']],
  ] as const)('%j → %j', (input, name, defaults) => {
    const root = p(input);
    const [param] = all(root, 'parameter');
    expect(param.name).toBe(name);
    expect(param.children.map((a) => source(a.children))).toEqual(defaults);
    expectPositions(root, input);
  });

  test.each([
    // `{{{{ক}}}}`: the inner three braces pair first, one brace on each side is text
    ['{{{{ক}}}}', 'text parameter text'],
    ['{{{ক}}}}', 'parameter text'],
    ['{{{ক', 'text'],
    ['{{{ক|খ', 'text'],
  ])('%j → %s', (input, shape) => {
    const root = p(input);
    expect(root.children.map((c) => c.type).join(' ')).toBe(shape);
    expectPositions(root, input);
  });
});
