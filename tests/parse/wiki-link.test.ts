// Internal links. MediaWiki resolves the target (`_` and runs of spaces → one space, trimmed, first
// Latin letter upper-cased, namespace by name or alias, case-insensitive), splits off `#fragment`,
// and glues the bnwiki link trail `[\u0980-\u09FF]+` (Bengali letters, signs, digits, ৷ — not the
// danda ।, not ZWNJ, not a hyphen or Latin letters) after `]]` to page links only.
import { describe, expect, test } from 'vitest';
import { all, expectPositions, p, source } from '../helpers.js';

describe('wikiLink', () => {
  // input → target, namespace, linkType, trail, the parts' sources
  test.each([
    ['[[বাংলাদেশ]]', 'বাংলাদেশ', 0, 'page', '', []],
    ['[[বাংলাদেশ|দেশ]]', 'বাংলাদেশ', 0, 'page', '', ['দেশ']],
    ['[[বাংলাদেশ]]ের', 'বাংলাদেশ', 0, 'page', 'ের', []],
    ['[[বাংলাদেশ|দেশ]]টির', 'বাংলাদেশ', 0, 'page', 'টির', ['দেশ']],
    ['[[কলকাতা]]র', 'কলকাতা', 0, 'page', 'র', []],
    // ৷ (U+09F7) is in the Bengali block, so MediaWiki swallows it into the label
    ['[[ক]]৷', 'ক', 0, 'page', '৷', []],
    // Bengali digits are in the block too
    ['[[ঢাকা]]১৯৭১', 'ঢাকা', 0, 'page', '১৯৭১', []],
    // names normalised: underscores, runs of spaces, outer spaces; Latin first letter upper-cased
    ['[[ঢাকা_শহর]]', 'ঢাকা শহর', 0, 'page', '', []],
    ['[[  ঢাকা   বিভাগ  ]]', 'ঢাকা বিভাগ', 0, 'page', '', []],
    ['[[dhaka]]', 'Dhaka', 0, 'page', '', []],
    // NFC: ে + া written apart is the title with ো (U+09CB), as MediaWiki stores it
    ['[[ক\u09c7\u09be]]', 'ক\u09cb', 0, 'page', '', []],
    // fragment apart
    ['[[ঢাকা#ইতিহাস|ঢাকার ইতিহাস]]', 'ঢাকা', 0, 'page', '', ['ঢাকার ইতিহাস']],
    // a newline in the label is allowed
    ['[[ক|খ\nগ]]', 'ক', 0, 'page', '', ['খ\nগ']],
    // files: Bengali and English namespace names, options are parts
    ['[[চিত্র:ক.jpg|থাম্ব|ডান|২০০পিক্সেল|ক্যাপশন]]', 'চিত্র:ক.jpg', 6, 'file', '', ['থাম্ব', 'ডান', '২০০পিক্সেল', 'ক্যাপশন']],
    ['[[File:y.png|thumb|250px|left|মানচিত্র]]', 'চিত্র:Y.png', 6, 'file', '', ['thumb', '250px', 'left', 'মানচিত্র']],
    ['[[Image:y.png]]', 'চিত্র:Y.png', 6, 'file', '', []],
    // no trail after file, category and interlanguage links: the letters stay text
    ['[[চিত্র:ক.jpg|থাম্ব]]টি', 'চিত্র:ক.jpg', 6, 'file', '', ['থাম্ব']],
    ['[[বিষয়শ্রেণী:দেশ]]ের', 'বিষয়শ্রেণী:দেশ', 14, 'category', '', []],
    ['[[en:Dhaka]]র', 'en:Dhaka', 0, 'interlanguage', '', []],
    // categories with sort keys (the key is the part after the first `|`)
    ['[[বিষয়শ্রেণী:বাঙালি কবি|ঠাকুর, রবীন্দ্রনাথ]]', 'বিষয়শ্রেণী:বাঙালি কবি', 14, 'category', '', ['ঠাকুর, রবীন্দ্রনাথ']],
    ['[[Category:ম্যানগ্রোভ বন|সু]]', 'বিষয়শ্রেণী:ম্যানগ্রোভ বন', 14, 'category', '', ['সু']],
    ['[[category:ক]]', 'বিষয়শ্রেণী:ক', 14, 'category', '', []],
    // a leading colon makes an ordinary link to the category or file page
    ['[[:বিষয়শ্রেণী:বাংলাদেশের বন]]', 'বিষয়শ্রেণী:বাংলাদেশের বন', 14, 'page', '', []],
    ['[[:চিত্র:ক.jpg|ছবির পাতা]]', 'চিত্র:ক.jpg', 6, 'page', '', ['ছবির পাতা']],
    // interlanguage (sidebar) and interwiki (inline)
    ['[[en:Rabindranath Tagore]]', 'en:Rabindranath Tagore', 0, 'interlanguage', '', []],
    ['[[:en:Sundarbans|সুন্দরবন]]', 'en:Sundarbans', 0, 'interwiki', '', ['সুন্দরবন']],
    ['[[wikt:ম্যানগ্রোভ]]', 'wikt:ম্যানগ্রোভ', 0, 'interwiki', '', []],
    ['[[s:গীতাঞ্জলি]]', 's:গীতাঞ্জলি', 0, 'interwiki', '', []],
    ['[[commons:Category:Sundarbans|কমন্স]]', 'commons:Category:Sundarbans', 0, 'interwiki', '', ['কমন্স']],
    // interwiki and special links take the trail like page links (MediaWiki's makeKnownLinkHolder)
    ['[[:en:Sundarbans|সুন্দরবন]]ের', 'en:Sundarbans', 0, 'interwiki', 'ের', ['সুন্দরবন']],
    ['[[wikt:ম্যানগ্রোভ]]গুলো', 'wikt:ম্যানগ্রোভ', 0, 'interwiki', 'গুলো', []],
    ['[[বিশেষ:অনুসন্ধান]]ে', 'বিশেষ:অনুসন্ধান', -1, 'special', 'ে', []],
    ['[[মিডিয়া:ডাক.ogg]]টি', 'মিডিয়া:ডাক.ogg', -2, 'media', '', []],
    // other namespaces
    ['[[মিডিয়া:ডাক.ogg]]', 'মিডিয়া:ডাক.ogg', -2, 'media', '', []],
    ['[[Special:Search]]', 'বিশেষ:Search', -1, 'special', '', []],
    ['[[টেমপ্লেট:তথ্যছক]]', 'টেমপ্লেট:তথ্যছক', 10, 'page', '', []],
    ['[[WP:নীতি]]', 'উইকিপিডিয়া:নীতি', 4, 'page', '', []],
    // ফাইল: is not a File alias on bnwiki
    ['[[ফাইল:ক.jpg]]', 'ফাইল:ক.jpg', 0, 'page', '', []],
  ] as const)('%j', (input, target, namespace, linkType, trail, parts) => {
    const root = p(input);
    const [link] = all(root, 'wikiLink');
    expect(link).toMatchObject({ target, namespace, linkType, trail });
    expect(link.children.map((c) => source(c.children))).toEqual(parts);
    expectPositions(root, input);
  });

  // what follows `]]` but is not a trail on bnwiki: danda, hyphen, Latin letters, ZWNJ
  test.each([
    ['[[বাংলাদেশ]]ের।', 'ের', '।'],
    ['[[ভারত]]-এর', '', '-এর'],
    ['[[Foo]]s', '', 's'],
    ['[[বাংলাদেশ]]\u200Cের', '', '\u200Cের'],
    // only a text node gives a trail: a comment's Bengali value does not
    ['[[ক]]<!--খ-->', '', '<!--খ-->'],
  ])('%j → trail %j, then text %j', (input, trail, after) => {
    const root = p(input);
    const link = all(root, 'wikiLink')[0];
    expect(link.trail).toBe(trail);
    expect(source(root.children.slice(1))).toBe(after);
    expectPositions(root, input);
  });

  test('a trail that is the whole text between two nodes leaves no text node behind, and the nodes around stay', () => {
    const input = 'ক [[বাংলাদেশ]]ের<ref>খ</ref> গ [[ঢাকা]]য়[[খুলনা]]র';
    const root = p(input);
    expect(root.children.map((c) => [c.type, source([c])])).toEqual([
      ['text', 'ক '],
      ['wikiLink', '[[বাংলাদেশ]]ের'],
      ['extensionTag', '<ref>খ</ref>'],
      ['text', ' গ '],
      ['wikiLink', '[[ঢাকা]]য়'],
      ['wikiLink', '[[খুলনা]]র'],
    ]);
    expectPositions(root, input);
  });

  test('title, fragment, interwiki, rawTarget and file options', () => {
    const root = p('[[ ঢাকা#ইতিহাস ]] [[:en:Dhaka]] [[চিত্র:x.png|200x100px|সংযোগ=বাংলাদেশ|ডানে|ফ্রেমহীন|২০০পিক্স|ক্যাপশন]]');
    const [a, b, c] = all(root, 'wikiLink');
    expect(a).toMatchObject({ target: 'ঢাকা', title: 'ঢাকা', fragment: 'ইতিহাস', rawTarget: ' ঢাকা#ইতিহাস ' });
    expect(b).toMatchObject({ interwiki: 'en', title: 'Dhaka', rawTarget: ':en:Dhaka' });
    expect(c.title).toBe('X.png');
    // width needs ASCII digits: `২০০পিক্স` is not an option (so it is caption text)
    expect(c.children.map((x) => x.option)).toEqual(['width', 'link', 'right', 'frameless', undefined, undefined]);
  });

  test('a file caption may hold links', () => {
    const input = '[[চিত্র:বাঘ.jpg|থাম্ব|সুন্দরবনের [[বেঙ্গল টাইগার|বাঘ]]]]';
    const root = p(input);
    const [file, inner] = all(root, 'wikiLink');
    expect(file.linkType).toBe('file');
    expect(inner).toMatchObject({ target: 'বেঙ্গল টাইগার', linkType: 'page' });
    expectPositions(root, input);
  });

  // broken links are text in MediaWiki; `[[a|[[b]]]]` is text `[[a|`, link b, text `]]`
  test.each([
    ['[[ক|[[খ]]]]', ['খ'], '[[ক|', ']]'],
    ['[[ক\nখ]]', [], '', ''],
    ['[[মুম্বা দেবী|মুম্বা নামে', [], '', ''],
    ['[[ক<খ]]', [], '', ''],
    ['[[]]', [], '', ''],
    ['[[ক]]]', ['ক'], '', ']'],
    ['[[[ক]]]', ['ক'], '[', ']'],
    ['[[ক|খ]]]]', ['ক'], '', ']]'],
  ])('%j → links %j', (input, targets, before, after) => {
    const root = p(input);
    const links = all(root, 'wikiLink');
    expect(links.map((l) => l.target)).toEqual(targets);
    if (links.length) {
      expect(source(root.children.slice(0, root.children.indexOf(links[0])))).toBe(before);
      expect(source(root.children.slice(root.children.indexOf(links[0]) + 1))).toBe(after);
    }
    expectPositions(root, input);
  });

  // MediaWiki refuses internal links whose target starts with a URL protocol: `[[` stays text and
  // `[https://…]` inside is an external link (Parser::handleInternalLinks2)
  test('[[https://example.com]] is text "[" + external link + "]"', () => {
    const root = p('[[https://example.com]]');
    expect(all(root, 'wikiLink')).toHaveLength(0);
    expect(all(root, 'externalLink').map((l) => l.url)).toEqual(['https://example.com']);
  });

  // Parser::handleInternalLinks2 and Title: %-escapes and references are decoded before the title is checked
  test.each([
    ['[[50%25 নিয়ম]]', '50% নিয়ম', '50% নিয়ম'],
    ['[[ক &amp; খ]]', 'ক & খ', 'ক & খ'],
    ['[[&nbsp; ঢাকা &nbsp;]]', 'ঢাকা', '\u00a0 ঢাকা \u00a0'],
    ['[[%E0%A6%A2%E0%A6%BE%E0%A6%95%E0%A6%BE]]', 'ঢাকা', 'ঢাকা'],
    ['[[:বিষয়শ্রেণী:দেশ]]', 'বিষয়শ্রেণী:দেশ', 'বিষয়শ্রেণী:দেশ'],
  ])('%j → target %j, label %j', (input, target, label) => {
    const [link] = all(p(input), 'wikiLink');
    expect(link).toMatchObject({ target, label });
  });

  test('[[%23%3c]] links to the section `<` of this page', () => {
    const [link] = all(p('[[%23%3c]]'), 'wikiLink');
    expect(link).toMatchObject({ target: '', label: '#<' });
  });

  test.each(['[[ক|]]', '[[ক &amp;amp; খ]]', '[[%3c%23]]', '[[./ক]]', '[[../ক]]', '[[ক/../খ]]'])(
    '%j is text',
    (input) => {
      expect(all(p(input), 'wikiLink')).toHaveLength(0);
    },
  );

  test('a piped link has no label field (its parts are its label)', () => {
    const [link] = all(p('[[ক|খ]]'), 'wikiLink');
    expect(link.label).toBeUndefined();
  });
});
