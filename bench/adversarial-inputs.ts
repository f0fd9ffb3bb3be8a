// Hostile wikitext for `npm run bench:adversarial` (200 KB each) and tests/adversarial.test.ts (~20 KB):
// runs of openers with no closer, deep nesting, and other shapes that make a backtracking parser
// re-parse the same text over and over. `hostileInputs(200_000)` → [{ name: '[[ run', text: '[[[[…' }, …].

export interface HostileInput {
  name: string;
  text: string;
  /** One of the inputs issue 6 lists by name (the others are shapes we added). */
  listed?: boolean;
}

/** `unit` repeated until the string is `size` UTF-16 units long (cut to exactly `size`). */
function run(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** `unit` repeated `n` times. */
const times = (unit: string, n: number): string => unit.repeat(n);

/**
 * The hostile inputs at about `size` UTF-16 units (= bytes: they are ASCII) each. The two nesting
 * inputs keep the proportions (`{{a|`×20k + `}}`×20k and `[[a|`×50k at size 200 000).
 */
export function hostileInputs(size: number): HostileInput[] {
  const k = size / 200_000;
  const nest = Math.round(20_000 * k);
  return [
    // the list
    { name: '`[[` run', text: run('[[', size), listed: true },
    { name: '`{{` run', text: run('{{', size), listed: true },
    { name: '`{{a|` run', text: run('{{a|', size), listed: true },
    { name: '`{{{` run', text: run('{{{', size), listed: true },
    { name: "`'''''` run", text: run("'''''", size), listed: true },
    { name: '`<ref>` run', text: run('<ref>', size), listed: true },
    { name: '`<!--` run', text: run('<!--', size), listed: true },
    { name: '`{|\\n` run', text: run('{|\n', size), listed: true },
    { name: '`==` run', text: run('==', size), listed: true },
    { name: `\`{{a|\`×${nest} + \`}}\`×${nest}`, text: times('{{a|', nest) + times('}}', nest), listed: true },
    { name: `\`[[a|\`×${Math.round(50_000 * k)}`, text: times('[[a|', Math.round(50_000 * k)), listed: true },
    // more shapes that are hostile to a PEG with stops and backtracking
    { name: `\`[[a|\`×${nest} + \`]]\`×${nest}`, text: times('[[a|', nest) + times(']]', nest) },
    {
      name: `\`{{{a|\`×${Math.round(nest * 0.8)} + \`}}}\`×${Math.round(nest * 0.8)}`,
      text: times('{{{a|', Math.round(nest * 0.8)) + times('}}}', Math.round(nest * 0.8)),
    },
    { name: '`[[a|{{b|` run', text: run('[[a|{{b|', size) },
    { name: '`{{a|b=` run', text: run('{{a|b=', size) },
    { name: '`{{#if:` run', text: run('{{#if:', size) },
    { name: '`[[File:a.jpg|thumb|` run', text: run('[[File:a.jpg|thumb|', size) },
    { name: '`[http://a ` run', text: run('[http://a ', size) },
    { name: '`[` run', text: run('[', size) },
    { name: '`]]` run', text: run(']]', size) },
    { name: '`}}` run', text: run('}}', size) },
    { name: '`||` cells in one table row', text: '{|\n|' + run('a||', size - 8) + '\n|}\n' },
    { name: '`!!` cells in one table row', text: '{|\n!' + run('a!!', size - 8) + '\n|}\n' },
    { name: '`{|` + `|-\\n|a\\n` rows, unclosed', text: '{|\n' + run('|-\n|a\n', size - 3) },
    { name: '`*` run (one line)', text: run('*', size) },
    { name: '`*` lines `*a\\n`', text: run('*a\n', size) },
    { name: '`#*:;` mixed run', text: run('#*:;', size) },
    { name: '`<b ` run', text: run('<b ', size) },
    { name: '`<b>` run (unclosed)', text: run('<b>', size) },
    { name: '`<` run', text: run('<', size) },
    { name: '`&` run', text: run('&', size) },
    { name: '`&nbsp` run (no `;`)', text: run('&nbsp', size) },
    { name: "`'''` + newline run", text: run("'''\n", size) },
    { name: "`''a'''b` mixed run (one line)", text: run("''a'''b", size) },
    { name: '`==a` run (one line)', text: run('==a', size) },
    { name: '`\\n==a` lines', text: run('\n==a', size) },
    { name: '`<ref name=a>` run', text: run('<ref name=a>', size) },
    { name: '`</ref>` run', text: run('</ref>', size) },
    { name: '`<nowiki>` run', text: run('<nowiki>', size) },
    { name: '`<math>` + `{{` run', text: '<math>' + run('{{', size - 6) },
    { name: '`-->` run', text: run('-->', size) },
    { name: '`http://a.b/ ` run', text: run('http://a.b/ ', size) },
    { name: '`__` run', text: run('__', size) },
    { name: '`|` run', text: run('|', size) },
    { name: '`=` run', text: run('=', size) },
    { name: '`\\r\\n` run', text: run('\r\n', size) },
    // cells the section's text does not show, after much text that it does: each is looked for in that text
    {
      name: 'prose + a table of image-only cells',
      text:
        run('a b c d. ', size / 2) + '\n{|\n' + run('|-\n| [[File:a.jpg|50px]]\n| <ref>b</ref>\n', size / 2) + '\n|}',
    },
    {
      // a bibliography line in parentheses: author–year citations were read with one regular expression that
      // backtracked for seconds on each (a Ukrainian article held the CLI for ~50 s)
      name: 'parenthesised bibliography lines',
      text: run(
        'See (Etymology and phonetics, 1894; Bilingualism, 1905; Onomastics, 1906; Dialects, 1907 and others). ',
        size,
      ),
    },
    // one long run inside a construct that a regular expression read twice over (found by a ReDoS audit,
    // 1 December): each took seconds at 100 KB, some minutes
    { name: '`{{` + em spaces + `{` (entities)', text: `&#123;&#123;${run('&#8195;', size - 18)}&#123;` },
    { name: 'free URL + trailing punctuation run', text: `http://a${run('.,;:!?', size - 9)}b` },
    { name: 'table cell + blank run', text: `{|\n| a${run(' ', size - 12)}b \n|}` },
    { name: '`{{convert}}` + digit run', text: `{{convert|${run('1', size - 20)}x|m|ft}}` },
    { name: '`{{convert}}` + scaled unit run', text: `{{convert|1|e${run('1', size - 18)}\nx}}` },
    { name: '`{{Columns-list}}` + `&nbsp;` run', text: `{{Columns-list|1${run('&nbsp;', size - 20)}x}}` },
    { name: 'file link + size-like digit run', text: `[[File:a.jpg|${run('1', size - 20)}z|a]]` },
    { name: 'infobox + `date` run name', text: `{{Infobox person|${run('date', size - 30)}\nx = 1972}}` },
    { name: 'date template + `<!--` run', text: `{{Birth date|<nowiki>${run('<!--', size - 35)}</nowiki>}}` },
    { name: '`<ref` run (no `>`)', text: run('<ref', size) },
    { name: '`<span class=` run', text: `<span ${run('class=', size - 16)}>a</span>` },
    { name: 'unclosed `{{cite web|` run (nowiki)', text: `<nowiki>${run('{{cite web|', size - 17)}</nowiki>` },
    // loops that went over a whole list or text again for each item (found by an audit, 1 December)
    { name: 'indented tables `:{|…|}` + a line', text: run(':{|\n|a\n|}\nb\n', size) },
    { name: 'orphan rows `|-` + a line (no table)', text: run('|-\nx\n', size) },
    {
      name: '`<b>` + `a<br>` run, a heading, `a</b>` run',
      text: `<b>${run('a<br>', size / 2)}\n==h==\n${run('a</b>', size / 2)}`,
    },
    { name: 'free URL + `&amp;` run', text: run('http://x.com/a &amp; ', size) },
    { name: '`__NOTOC__&amp;` run', text: run('__NOTOC__&amp;', size) },
    { name: '`<ref>a<!--</ref>` run (unclosed comments in refs)', text: run('<ref>a<!--</ref> ', size) },
    { name: '`==a<!--==` lines (unclosed comments in headings)', text: run('==a<!--==\n', size) },
    { name: '`==a==-->` lines (stray comment ends)', text: run('==a==-->\n', size) },
    {
      name: `\`<div>\`×${Math.round(8000 * k)} nested`,
      text: times('<div>', Math.round(8000 * k)) + 'a' + times('</div>', Math.round(8000 * k)),
    },
    {
      name: 'prose + a hidden table',
      text:
        run('a b c d. ', size / 2) + '\n<div style="display:none">\n{|\n' + run('|-\n| a\n', size / 2) + '|}\n</div>',
    },
  ];
}

/** About `bytes` UTF-8 bytes of real wikitext: whole articles, concatenated with blank lines, then cut. */
export function proseOf(texts: string[], bytes: number): string {
  let out = '';
  let n = 0;
  for (const t of texts) {
    const piece = (out ? '\n\n' : '') + t;
    const size = Buffer.byteLength(piece, 'utf8');
    if (n + size >= bytes) {
      // take as many whole UTF-16 units as fit (never split a surrogate pair)
      let cut = 0;
      let m = n;
      for (const ch of piece) {
        const b = Buffer.byteLength(ch, 'utf8');
        if (m + b > bytes) break;
        m += b;
        cut += ch.length;
      }
      return out + piece.slice(0, cut);
    }
    out += piece;
    n += size;
  }
  return out;
}
