// External links. MediaWiki: `[url label]` with a known protocol (or `//`), label after the first
// whitespace, closed by `]`; `[url]` has no label; a free URL in text is a bare link ending before
// whitespace and `<>[]"`, with trailing punctuation (`.,;:!?` and here `।`) and an unmatched `)`
// left out; `[` with no `]` leaves a bare URL; `[example.com …]` (no protocol) is text.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p, source } from '../helpers.js';

describe('externalLink', () => {
  // input → url, bare, separator, label source
  test.each([
    ['[https://www.tagoreweb.in/ রবীন্দ্র রচনাবলী]', 'https://www.tagoreweb.in/', false, ' ', 'রবীন্দ্র রচনাবলী'],
    ['[https://example.com]', 'https://example.com', false, '', ''],
    ['[https://example.com  দুই  ফাঁকা]', 'https://example.com', false, '  ', 'দুই  ফাঁকা'],
    ['[//bn.wikipedia.org/wiki/সুন্দরবন সংযোগ]', '//bn.wikipedia.org/wiki/সুন্দরবন', false, ' ', 'সংযোগ'],
    ['[http://example.com/ক?খ=গ লিঙ্ক]', 'http://example.com/ক?খ=গ', false, ' ', 'লিঙ্ক'],
    ['[mailto:a@b.com ইমেইল]', 'mailto:a@b.com', false, ' ', 'ইমেইল'],
    ['[ftp://x.org ক]', 'ftp://x.org', false, ' ', 'ক'],
    ["[https://example.com ''ক'' [[খ]]]", 'https://example.com', false, ' ', "''ক'' [[খ]]"],
    ['https://bn.wikipedia.org/wiki/বাংলা_লিপি', 'https://bn.wikipedia.org/wiki/বাংলা_লিপি', true, '', ''],
    ['দেখুন https://bn.wikipedia.org। শেষ', 'https://bn.wikipedia.org', true, '', ''],
    ['(https://example.com/ক)', 'https://example.com/ক', true, '', ''],
    ['https://example.com/a_(b)', 'https://example.com/a_(b)', true, '', ''],
    ['https://example.com, এবং', 'https://example.com', true, '', ''],
    [
      '{{ওয়েব উদ্ধৃতি|ইউআরএল=https://example.com/news?id=1&lang=bn}}',
      'https://example.com/news?id=1&lang=bn',
      true,
      '',
      '',
    ],
    // unclosed bracket: "[" then a bare URL
    ['[https://example.com ক', 'https://example.com', true, '', ''],
  ] as const)('%j', (input, url, bare, separator, label) => {
    const root = p(input);
    const [link] = all(root, 'externalLink');
    expect(link).toMatchObject({ url, bare, separator });
    expect(source(link.children)).toBe(label);
    expectPositions(root, input);
  });

  // Free URLs as Parser::handleMagicLinks finds them, and `href` as Sanitizer::cleanUrl writes it.
  test.each([
    ['পুরনো &amp; নতুন: http://x&amp;y', 'http://x&amp;y', 'http://x&y'],
    ['http://example.com/?foo&#61;bar', 'http://example.com/?foo&#61;bar', 'http://example.com/?foo=bar'],
    ['http://e&zwnj;xample.com/', 'http://e&zwnj;xample.com/', 'http://example.com/'],
    ['http://testing.123?4=5&vert;6', 'http://testing.123?4=5&vert;6', 'http://testing.123?4=5%7C6'],
    ['http://example.com/entity&amp;amp;', 'http://example.com/entity&amp;amp', 'http://example.com/entity&amp'],
    ['mailto:info@example.com দেখুন', 'mailto:info@example.com', 'mailto:info@example.com'],
    ["news:'a'b''c''", "news:'a'b", "news:'a'b"],
    ['irc://%0Aa', 'irc://%0Aa', 'irc://%0Aa'],
    ['http://example.com.,;:!?\\', 'http://example.com', 'http://example.com'],
    ['ঠিক:http://example.com', 'http://example.com', 'http://example.com'],
  ])('%j: free URL %j, href %j', (input, url, href) => {
    const root = p(input);
    const [link] = all(root, 'externalLink');
    expect(link).toMatchObject({ url, href, bare: true });
    expectPositions(root, input);
  });

  test.each([
    'NOPEhttp://example.com',
    'N0http://example.com',
    'größhttps://foo.org',
    'বাংলাhttps://foo.org',
    '[[ক|http://example.com]]',
  ])('%j: a URL glued to a word, or inside a link label, is no free link', (input) => {
    expect(all(p(input), 'externalLink')).toHaveLength(0);
  });

  test('a bracketed link has its href; `]` inside an HTML tag does not end the label', () => {
    const input = '[http://&#x20;www.example.org ক <span title="[খ]">গ</span>]';
    const [link] = all(p(input), 'externalLink');
    expect(link).toMatchObject({ url: 'http://&#x20;www.example.org', href: 'http://+www.example.org' });
    expect(source(link.children)).toBe('ক <span title="[খ]">গ</span>');
  });

  test.each(['[example.com ক]', 'www.example.com', 'http://', '[খোলা বন্ধনী]'])('%j has no external link', (input) => {
    expect(all(p(input), 'externalLink')).toHaveLength(0);
  });

  test('text after `]` is not part of the link (no trail for external links here)', () => {
    const root = p('[https://example.com ক]খ');
    expect(root.children.map((c) => c.type)).toEqual(['externalLink', 'text']);
  });
});
