// Bold and italic by MediaWiki's quote algorithm (Parser::doQuotes), per line: `''` italic,
// `'''` bold, `'''''` both; a run of 4 is `'` + `'''`, 6+ are text + `'''''`; when both counts are
// odd one `'''` becomes `'` + `''` (first after a single-letter word, else after a multi-letter word,
// else after a space — a Bengali letter is never "single-letter", the test is on bytes); anything
// open is closed at the end of the line. Expected values are MediaWiki's HTML for the line.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p, quotesHtml } from '../helpers.js';

describe('bold and italic', () => {
  test.each([
    ["''তির্যক''", '<i>তির্যক</i>'],
    ["'''গাঢ়'''", '<b>গাঢ়</b>'],
    ["'''''দুটোই'''''", '<i><b>দুটোই</b></i>'],
    ["''তির্যক'''গাঢ়'''''", '<i>তির্যক<b>গাঢ়</b></i>'],
    ["'''গাঢ়''তির্যক'''''", '<b>গাঢ়<i>তির্যক</i></b>'],
    ["'''''ক''' খ''", '<i><b>ক</b> খ</i>'],
    ["'''''ক'' খ'''", '<b><i>ক</i> খ</b>'],
    ["''ক'''''খ'''", '<i>ক</i><b>খ</b>'],
    ["'''ক'''''খ''", '<b>ক</b><i>খ</i>'],
    // a lonely ''''' closes as <b><i>
    ["'''''একা", '<b><i>একা</i></b>'],
    // odd counts: `''x'''` is italic "x'"; `'''x''` is "'" + italic x
    ["''x'''", "<i>x'</i>"],
    ["''ক'''", "<i>ক'</i>"],
    ["'''ক''", "'<i>ক</i>"],
    // the single-letter rule (ASCII letter after a space)
    ["ক l'''খ'' গ", "ক l'<i>খ</i> গ"],
    // a Bengali single letter is multi-letter for MediaWiki's byte test: the later `'''` after " a" is chosen
    ["''ক খ'''গ a'''ঘ'''", "<i>ক খ<b>গ a'</b></i><b>ঘ</b>"],
    // runs of 4 and 6
    ["''''চারটি''''", "'<b>চারটি'</b>"],
    ["''''''ছয়টি''''''", "'<i><b>ছয়টি'</b></i>"],
    ["'''ক''''", "<b>ক'</b>"],
    // apostrophes inside Bengali words are text
    ["এখন আর কিছু হ'ল না; দু'টি বই জিডিপি'র সাথে", "এখন আর কিছু হ'ল না; দু'টি বই জিডিপি'র সাথে"],
    // mid-word: italics close, then a Bengali suffix follows (no trail for quotes)
    ["''সোনার বাংলা''র গান এবং ছবি''ও''", '<i>সোনার বাংলা</i>র গান এবং ছবি<i>ও</i>'],
    // unclosed at the end of the line
    ["''শেষ না হওয়া", '<i>শেষ না হওয়া</i>'],
    ["ক '''খ''' '''গ", 'ক <b>খ</b> <b>গ</b>'],
    // per line: the second line starts afresh
    ["''ক\nখ''", '<i>ক</i>\nখ<i></i>'],
  ])('%j → %s', (input, html) => {
    const root = p(input);
    expect(quotesHtml(root.children)).toBe(html);
    expectPositions(root, input);
  });

  test('open/close markers are kept; implicit closes are empty', () => {
    const root = p("'''''ক''' খ''\n''গ");
    const [outer, second] = all(root, 'italic');
    expect(outer).toMatchObject({ open: "''", close: "''" });
    expect(all(root, 'bold')[0]).toMatchObject({ open: "'''", close: "'''" });
    expect(second).toMatchObject({ open: "''", close: '' });
  });

  // MediaWiki appends the text split off a run of 4 (and the text before a run) to the preceding
  // text before the single-letter test: in `খ ''''গ` the `'''` follows " খ '" → x2 is a space →
  // single-letter, so that run (not the earlier one after "ক") becomes `'` + `''`.
  test.each([
    ["''ক''' খ ''''গ'''", "<i>ক<b> খ ''</b></i><b>গ</b>"],
    ["''ক''' !'''খ'''", "<i>ক<b> !'</b></i><b>খ</b>"],
  ])('single-letter test across split text: %j → %s', (input, html) => {
    expect(quotesHtml(p(input).children)).toBe(html);
  });
});

// MediaWiki resolves quotes per line everywhere, inside <ref> bodies and template arguments too
// (a run of text there may hold newlines): in `''ক\nখ''` the first `''` opens an italic that the line end
// closes, and the second opens an empty one at the end of line 2 — never one italic across the lines.
test.each([
  ["<ref>''ক\nখ''</ref>", '<ref><i>ক</i>\nখ<i></i></ref>'],
  ["{{ছক|''ক\nখ''}}", '{{ছক|<i>ক</i>\nখ<i></i>}}'],
  ["''ক\nখ''", '<i>ক</i>\nখ<i></i>'],
])('quotes end at line ends inside constructs: %j', (input, html) => {
  const root = p(input);
  const container = root.children[0];
  const render = (nodes: readonly import('../../src/index.js').Nodes[]): string => quotesHtml(nodes);
  if (container.type === 'extensionTag') expect(`<ref>${render(container.children)}</ref>`).toBe(html);
  else if (container.type === 'template') expect(`{{ছক|${render(container.children[0].children)}}}`).toBe(html);
  else expect(render(root.children)).toBe(html);
});
