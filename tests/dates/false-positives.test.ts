// Numbers and words that look like dates but are not (catalogue §3.17, §6.9–10): nothing may come back.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';

const notDates: Array<[string, string]> = [
  ['count টি', 'রাশিয়া সহ মোট ১৫ টি পৃথক স্বাধীন রাষ্ট্র গঠিত হয়।'],
  ['count glued টি', 'এখানে ১০১০টি তারা আছে'],
  ['count জন', 'মিছিলে ১৯৭১ জন অংশ নেন'],
  ['ordinal ৩য়', 'তিনি ৩য় স্থান অধিকার করেন'],
  ['ordinal + মেয়াদ', '১ম মেয়াদকাল শেষ হয়'],
  ['age', 'রামানুজন ১০ বছর বয়সে গণিতের সঙ্গে পরিচিত হোন।'],
  ['duration with a year-like number', 'বাংলা ভাষা বিকাশের ইতিহাস ১৩০০ বছর পুরনো।'],
  ['মে inside মেগাহার্জ', 'একটি বেতার কেন্দ্র ৯৬ মেগাহার্জ বেতার তরঙ্গে'],
  ['জ্যেষ্ঠ = eldest', 'এরপরই জ্যেষ্ঠ সন্তান রামানুজন জন্মগ্রহণ করেন।'],
  ['কার্তিক as a deity', 'কার্তিক পূজা হয়'],
  ['শাওন as a name', 'অভিনেত্রী শাওনের সাথে'],
  ['রজব as a name', 'সিপাহী জামাল খান ছিলেন রজব আলীর অন্যতম সহযোগী।'],
  ['বিবিসি contains বিসি', '* দেশ বৃত্তান্ত এবং টাইমলাইন বিবিসি সংবাদ থেকে।'],
  ['part number', '* ৮০৯৭-১৬-বিট মাইক্রোকন্ট্রোলার (৬৮-পিন রমলেস)'],
  ['numeric range with a unit', 'কম্পাঙ্ক সাধারণত ৩০০–৩৪০০ হার্জের মাঝে।'],
  ['asteroid designation', '“২০১০ টিকে ৭ ” (2010 TK 7 ) সহযোগে'],
  ['sura:verse', 'ইসলাম একটি দ্বিন (৩:১৮); পারস্পরিক'],
  ['percentages', 'মুদ্রার ৫০% অবমূল্যায়ন, ৪৬% মূল্যস্ফীতি'],
  ['grouped numbers', 'জনসংখ্যা ২২,৫০,৪৭৯ এবং ২৮৭,৪৩২'],
  ['decimal', 'জনসংখ্যা ১.৬৯ মিলিয়ন'],
  ['money', 'কলকাতা থেকে ১৮০ টাকায় দুটি রিকশা'],
  ['page range', 'পৃষ্ঠা ১৮৯০–১৮৯৫ দেখুন'],
  ['score', 'খেলায় ২–১ গোলে জয়'],
  ['number glued to a word', 'এমপি৩ এবং এমপি৪ ডাউনলোড'],
  ['bare year in a name', '২০২১ আফ্রিকা কাপ অফ নেশনস'],
  ['generic recurring month range', 'একটি সময় হচ্ছে মার্চ-মে মাসে এবং আরেকটি সেপ্টেম্বর-নভেম্বরে।'],
  // a year-less `M মাসে` is a date (year from context, else null: forms.test.ts), but not a recurring one (§5)
  ['a recurring month (প্রতি বছর)', 'প্রতি বছর জুন মাসে বৃষ্টি হয়'],
  ['a recurring month (প্রতি)', 'উৎসবের জন্য প্রতি জুনে তিন দিন আলাদা রাখা হয়'],
  ['a recurring month (সাধারণত)', 'শরৎকাল সাধারণত সেপ্টেম্বরে শুরু হয়'],
  ['a Bengali month with no Bengali year', 'বৈশাখ মাসে কালবৈশাখী ঝড় হয়'],
  ['Hijri month + মাসে', 'রমজান মাসে রোজা রাখা হয়'],
  ['জুন as a name', 'জুন তার বন্ধুর সঙ্গে যায়; জুনের বাবা'],
  ['a page number in parentheses', 'দেখুন পৃষ্ঠা (১৮৩০) ও (পৃষ্ঠা ১৮৩০)'],
  ['a measurement in parentheses', 'চূড়াটির উচ্চতা (১৫০০ মিটার) এবং (১২০০) ফুট'],
  ['a 3-digit count in parentheses, no year near', 'বিধানসভা (২৯৫)'],
  ['a number beside parentheses', 'ISSN (১৮৩০-১২৩৪) এবং ৪৮৯ (৭৪১৪)'],
  ['URL digits', 'https://www.example.in/2022/08/some-news.html'],
  ['commented-out template', '| death_date = <!--{{মৃত্যু তারিখ ও বয়স|YYYY|MM|DD|১৯৪৭|৬|২৮}}-->'],
  ['citation metadata', '{{ওয়েব উদ্ধৃতি|শিরোনাম=X|সংগ্রহের-তারিখ=১৪ ডিসেম্বর ২০১৬|আর্কাইভের-তারিখ=২৮ ডিসেম্বর ২০১৬}}'],
  ['clock time', 'সকাল ৮টা থেকে বিকেল ৪টা পর্যন্ত'],
  ['ISBN', 'ISBN ৯৭৮-৯৮৪-৮০৩৩-০১-২'],
];

describe('not dates', () => {
  it.each(notDates)('%s: %s', (_, text) => {
    expect(extractDates(text)).toEqual([]);
  });
});
