// Table column headings as data: which columns hold years (সাল, বছর, মেয়াদ, প্রতিষ্ঠা, Year, Season) and
// which hold counts and measures (জনসংখ্যা, মোট, রান, Population) — `! সাল !! জনসংখ্যা`.

const YEAR_COLUMN =
  /সাল|বছর|বৎসর|প্রতিষ্ঠা|মেয়াদ|মৌসুম|তারিখ|সময়কাল|কার্যকাল|শাসনকাল|সময়|যুগ|year|season|date|period|term|founded|established|tenure|reign|from|to$|since|until/iu;
const COUNT_COLUMN =
  /জনসংখ্যা|সংখ্যা|মোট|রান|গোল|ভোট|আসন|আয়তন|উচ্চতা|দৈর্ঘ্য|জিডিপি|শতাংশ|%|ম্যাচ|উইকেট|গড়|population|total|count|runs|goals|votes|seats|area|height|length|gdp|percent|matches|wickets|average|score|pop\./iu;

/** Whether a column heading names years: `সাল`, `বছর`, `মেয়াদকাল`, `Year`, `মৌসুম`. */
export function isYearColumn(heading: string): boolean {
  return YEAR_COLUMN.test(heading) && !COUNT_COLUMN.test(heading);
}

/** Whether a column heading names counts or measures: `জনসংখ্যা`, `মোট`, `রান`, `Population`. */
export function isCountColumn(heading: string): boolean {
  return COUNT_COLUMN.test(heading);
}
