// What each template family of the census table shows in plain text (src/site/template-rules.ts), and
// that every character a template adds maps back inside that template.
import { describe, expect, test } from 'vitest';
import { parse, toPlainText } from '../../src/index.js';
import { templateRule } from '../../src/site/template-rules.js';
import { renderConvert } from '../../src/text/convert.js';
import { plainTextOf } from '../../src/text/plain-text.js';

const cases = (rows: [string, string][]) =>
  test.each(rows)('%j → %j', (wiki, text) => expect(toPlainText(wiki)).toBe(text));

describe('convert / রূপান্তর / cvt: value, unit and the converted value', () => {
  cases([
    // length, bnwiki's names spelled out for the input and symbols for the output
    ['গড় ব্যাস হল {{রূপান্তর|12742|km|mi}}।', 'গড় ব্যাস হল ১২৭৪২ কিলোমিটার (৭,৯১৮ মাইল)।'],
    ['{{রূপান্তর|8848|m|ft}}', '৮৮৪৮ মিটার (২৯,০২৯ ফুট)'],
    ['{{convert|200|mm|in|0|abbr=on}}', '২০০ মিমি (৮ ইঞ্চি)'],
    // area, default output unit, Indian grouping of the converted value
    ['{{রূপান্তর|147570|km2}}', '১৪৭৫৭০ বর্গকিলোমিটার (৫৬,৯৭৭ বর্গমাইল)'],
    ['{{রূপান্তর|1029|/km2|/sqmi|abbr=on}}', '১০২৯/কিমি২ (২,৬৬৫/বর্গমাইল)'],
    // volume, mass, speed (two outputs), acceleration
    ['{{convert|2|km3|mi3|abbr=on}}', '২ কিমি৩ (০.৪৮ ঘনমাইল)'],
    ['{{convert|70|kg|lb}}', '৭০ কিলোগ্রাম (১৫৪ পাউন্ড)'],
    ['{{রূপান্তর|29.78|km/s|km/h mph|abbr=on}}', '২৯.৭৮ কিমি/সে (১,০৭,২১০ কিমি/ঘণ্টা; ৬৬,৬২০ মাইল/ঘণ্টা)'],
    ['{{রূপান্তর|9.8|m/s2|abbr=on}}', '৯.৮ মি/সে২ (৩২.২ ফুট/সে২)'],
    // temperature (with a real minus) and temperature change
    ['{{Cvt|−89.2|C}}', '−৮৯.২ °সে (−১২৮.৬ °ফা)'],
    ['{{রূপান্তর|56.7|C|F}}', '৫৬.৭ ডিগ্রি সেলসিয়াস (১৩৪.১ °ফা)'],
    ['{{রূপান্তর|0.4|C-change|F-change|1}}', '০.৪ ডিগ্রি সেলসিয়াস (০.৭ °ফা)'],
    // density, energy, power
    ['{{convert|5.51|g/cm3|lb/cuin|abbr=on}}', '৫.৫১ গ্রা/সেমি৩ (০.১৯৯ পাউন্ড/ঘনইঞ্চি)'],
    ['{{convert|100|kJ|kcal}}', '১০০ কিলোজুল (২৪ কিলোক্যালরি)'],
    ['{{convert|1000|MW|hp}}', '১০০০ মেগাওয়াট (১৩,৪১,০০০ অশ্বশক্তি)'],
    // ranges, scales, flipped order, Bengali digits in the input
    ['{{রূপান্তর|20|–|50|cm|in|abbr=on}}', '২০–৫০ সেমি (৭.৯–১৯.৭ ইঞ্চি)'],
    ['{{convert|1|to|3|km}}', '১ থেকে ৩ কিলোমিটার (০.৬২ থেকে ১.৮৬ মাইল)'],
    ['{{রূপান্তর|150|e6km|e6mi|abbr=unit}}', '১৫০ মিলিয়ন কিমি (৯৩ মিলিয়ন মাইল)'],
    ['{{রূপান্তর|800|mi|km|order=flip|abbr=on}}', '১,২৮৭ কিমি (৮০০ মাইল)'],
    ['{{রূপান্তর|১০০|km|mi}}', '১০০ কিলোমিটার (৬২ মাইল)'],
    // Bengali unit names, a unit it does not know, a value that is not one number
    // a value in two units
    ['{{convert|5|ft|11|in|m}}', '৫ ফুট ১১ ইঞ্চি (১.৮০ মি)'],
    ['{{convert|12|st|6|lb|kg}}', '১২ স্টোন ৬ পাউন্ড (৭৯ কেজি)'],
    ['{{রূপান্তর|৩০|ফুট}}', '৩০ ফুট (৯.১ মি)'],
    ['{{রূপান্তর|৩০|হাত}}', '৩০ হাত'],
    ['{{রূপান্তর|5–8|m}}', '৫–৮ মিটার'],
  ]);

  test('renderConvert without a number shows nothing', () => {
    expect(renderConvert([], {})).toBeUndefined();
    expect(renderConvert(['', 'km'], {})).toBeUndefined();
  });
});

describe('language templates: the language name as bnwiki writes it, then the text', () => {
  cases([
    ['প্যারিস ({{lang-fr|Paris}})', 'প্যারিস (ফরাসি: Paris)'],
    ['({{Lang-ar|القاهرة}})', '(আরবি: القاهرة)'],
    ['{{lang|en|Bangladesh}} ও', 'Bangladesh ও'],
    ['{{Transl|sa|Bhārata}}', 'Bhārata'],
    ['সূত্র {{en icon}}', 'সূত্র (ইংরেজি)'],
  ]);
});

describe('IPA, sup, sub, small, big, nowrap, abbr', () => {
  cases([
    ['{{IPA-bn|ʃa}}', '[ʃa]'],
    ['{{IPAc-en|b|ə|ˈ|h|ɑː|m|ə|z}}', '/bəˈhɑːməz/'],
    ['{{IPA|ˈalbɛʁt}}', 'ˈalbɛʁt'],
    ['x{{sup|2}} H{{sub|2}}O', 'x2 H2O'],
    ['{{small|ছোট}} {{big|বড়}} {{nowrap|১৯৭১ সাল}}', 'ছোট বড় ১৯৭১ সাল'],
    ['{{abbr|বাংলাদেশ|গণপ্রজাতন্ত্রী বাংলাদেশ}}', 'বাংলাদেশ'],
  ]);
});

describe('quotations are a block of their own', () => {
  cases([
    ['তিনি বলেন:{{quote|আমি বাঙালি।}}পরে', 'তিনি বলেন:\nআমি বাঙালি।\nপরে'],
    ['{{cquote|সত্য বলো।}}', 'সত্য বলো।'],
    ['{{উক্তি|text=আমার সোনার বাংলা|রবীন্দ্রনাথ}}', 'আমার সোনার বাংলা'],
    ['ক<blockquote>খ</blockquote>গ', 'ক\nখ\nগ'],
  ]);
});

describe('flags show the country name; icons nothing', () => {
  cases([
    ['{{পতাকা|ভারত}} ও {{noflag|[[নেপাল]]}}', 'ভারত ও নেপাল'],
    ['{{IND}} ও {{BGD}}', 'ভারত ও বাংলাদেশ'],
    ['{{পতাকা আইকন|বাংলাদেশ}} দল', 'দল'],
  ]);
});

describe('nts and sort: the text, never the key', () => {
  cases([
    ['{{nts|1234567}}', '১২,৩৪,৫৬৭'],
    ['{{nts|16.5}}', '১৬.৫'],
    ['{{sort|b|খ}}', 'খ'],
    ['{{sort|ঢাকা}}', 'ঢাকা'],
    ['{{sortname|রবীন্দ্রনাথ|ঠাকুর}}', 'রবীন্দ্রনাথ ঠাকুর'],
    ['ক<span style="display:none">০০১</span>খ <span class="sortkey">!</span>গ', 'কখ গ'],
  ]);
});

describe('list templates: their items', () => {
  cases([
    ['{{hlist|ক|খ|গ}}', 'ক · খ · গ'],
    ['{{flatlist|\n* ক\n* খ\n}}', 'ক\nখ'],
    ['{{plainlist|\n* [[ঢাকা]]\n* চট্টগ্রাম\n}}', 'ঢাকা\nচট্টগ্রাম'],
    ['{{unbulleted list|ক|খ}}', 'ক\nখ'],
    ['{{columns-list|colwidth=20em|\n* ক\n* খ\n}}', 'ক\nখ'],
    ['{{columns-list|2|\n* ক\n* খ\n}}', 'ক\nখ'],
    ['{{Div col|2}}\n* ক\n* খ\n{{Div col end}}', 'ক\nখ'],
  ]);
});

describe('interlanguage links, formulas, other text templates', () => {
  cases([
    ['{{ill|কার্ল পপার|en|Karl Popper}}', 'কার্ল পপার'],
    ['{{ill|কার্ল পপার|en|Karl Popper|lt=পপার}}', 'পপার'],
    ['<math>E = mc^2</math>', 'E = mc^2'],
    ["{{math|''x'' + 1}}", 'x + 1'],
    ['{{sfrac|1|2}}', '1⁄2'],
    ['ভর ৫.৯৭{{e|২৪}} কেজি', 'ভর ৫.৯৭×১০^২৪ কেজি'],
    ['{{As of|2010}} জনসংখ্যা', '২০১০-এর হিসাব অনুযায়ী জনসংখ্যা'],
    ['{{coord|23|42|N|90|21|E}}', '২৩°৪২′ উত্তর ৯০°২১′ পূর্ব'],
    ['{{coord|23|42|N|90|21|E|display=title}}ক', 'ক'],
    ['{{জন্ম তারিখ|১৮৬১|৫|৭}}', '৭ মে ১৮৬১'],
    ['ক{{snd}}খ', 'ক – খ'],
    ['{{nihongo|Tokyo|東京|Tōkyō}}', 'Tokyo (東京 Tōkyō)'],
    ['{{circa|1900}}', 'আনুমানিক ১৯০০'],
    ['{{আনুমানিক|খ্রিস্টপূর্ব ৪৮৪}}', 'আনুমানিক খ্রিস্টপূর্ব ৪৮৪'],
    ['{{আইএসবিএন|978-984-04-1234-5}}', 'আইএসবিএন 978-984-04-1234-5'],
    ['{{As of|2016|6}}', 'জুন ২০১৬-এর হিসাব অনুযায়ী'],
  ]);
});

describe('data and nothing families show nothing', () => {
  cases([
    ['ক{{সূত্র তালিকা}}', 'ক'],
    ['ক{{তথ্যছক ব্যক্তি|নাম=খ}}', 'ক'],
    ['{{মূল নিবন্ধ|বাংলাদেশের ইতিহাস}}ক', 'ক'],
    ['ক{{তথ্যসূত্র প্রয়োজন}}।', 'ক।'],
    ['ক{{বাংলাদেশ-অসম্পূর্ণ}}', 'ক'],
    ['ক{{বই উদ্ধৃতি|শিরোনাম=খ}}', 'ক'],
    ['জনসংখ্যা {{UN Population|Bangladesh}} ({{UN Population|Year}})', 'জনসংখ্যা'],
  ]);

  test('every family has a rule for its common names', () => {
    expect(templateRule('রূপান্তর')?.family).toBe('convert');
    expect(templateRule('cvt')?.family).toBe('convert');
    expect(templateRule('Template:Convert')?.family).toBe('convert');
    expect(templateRule('lang-grc')).toEqual({ family: 'lang', text: 'grc' });
    expect(templateRule('Cite web')?.family).toBe('citation');
    expect(templateRule('তথ্যছক দেশ')?.family).toBe('infobox');
    expect(templateRule('Physics navbox')?.family).toBe('navbox');
    expect(templateRule('এশিয়া-অসম্পূর্ণ')?.family).toBe('maintenance');
    expect(templateRule('কোনো অজানা টেমপ্লেট')).toBeUndefined();
  });
});

describe("no '' or ''' in any text: inside link brackets and template arguments too", () => {
  cases([
    ["ক [[''খ গ]]'' ঘ", 'ক খ গ ঘ'],
    ["[[ক|''খ]]'' গ", 'খ গ'],
    ["''[[ক|খ'']] গ", 'খ গ'],
    ["[[ক|খ''']]''' গ", 'খ গ'],
    ["{{nowrap|''ক''}}", 'ক'],
    ["{{lang-fr|''Paris}}''", 'ফরাসি: Paris'],
  ]);
});

describe('every character a template adds maps inside that template', () => {
  test.each([
    'গড় ব্যাস {{রূপান্তর|12742|km|mi}} এবং',
    'নাম ({{lang-fr|Paris}}) ও {{IPA-bn|ʃa}}',
    'দেশ {{IND}} ও {{nts|1234567}} এবং {{hlist|ক|খ}}',
    '{{coord|23|42|N|90|21|E}} ভর ৫.৯৭{{e|২৪}}',
    '{{As of|2016|6}}, ঢাকার {{রূপান্তর|1868|km}} রাস্তা',
  ])('%j', (wiki) => {
    const root = parse(wiki);
    const { text, map } = plainTextOf(root.children, wiki.length);
    const templates = root.children
      .filter((c) => c.type === 'template')
      .map((t) => [t.position!.start.offset!, t.position!.end.offset!]);
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ' ' || text[i] === '\n') continue;
      const at = map[i];
      if (wiki[at] === text[i]) continue;
      expect(
        templates.some(([s, e]) => at >= s && at < e),
        `char ${i} ${JSON.stringify(text[i])} → ${at}`,
      ).toBe(true);
    }
  });
});

describe('numbers a template shows map digit for digit to their source', () => {
  test.each([
    ['{{As of|2016}}', '২০১৬', 8],
    ['ঢাকার {{রূপান্তর|1868|km}}', '১৮৬৮', 17],
  ])('%j: %s at %i', (wiki, digits, at) => {
    const { text, map } = plainTextOf(parse(wiki).children, wiki.length);
    const i = text.indexOf(digits);
    expect(i).toBeGreaterThanOrEqual(0);
    expect([...digits].map((_, k) => map[i + k])).toEqual([0, 1, 2, 3].map((k) => at + k));
  });
});
