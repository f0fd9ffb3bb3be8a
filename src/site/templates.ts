// bnwiki template facts as data: which templates are infoboxes, which infobox fields hold dates, which
// template arguments a reader sees (what every template shows in prose: template-rules.ts; date templates:
// date-templates.ts; citations: citations.ts). Names are as `template.name` gives them (trimmed, `_`→space,
// first Latin letter upper-cased, no টেমপ্লেট:/Template: prefix).

/**
 * Templates with arguments a reader sees as captions or dated labels (names lower-case): the argument names
 * (positional ones as their number) and whether a bare number there is a year —
 * `{{bar box|title=…}}`, `{{multiple image|caption1=…}}`, `{{succession box|years=২০০০–২০০৫}}`,
 * `{{Historical populations|১৯৫০|1,452,000|১৯৬০|…}}` (odd arguments are years).
 */
export const VISIBLE_TEMPLATE_ARGS: ReadonlyMap<string, { args: RegExp; years: boolean }> = new Map<
  string,
  { args: RegExp; years: boolean }
>([
  ...[
    'bar box',
    'pie chart',
    'graph:chart',
    'multiple image',
    'double image',
    'triple image',
    'image frame',
    'photomontage',
    'wide image',
    'panorama',
    'css image crop',
    'quote box',
    'বহু চিত্র',
    'একাধিক চিত্র',
  ].map((n) => [n, { args: /^(?:title|caption\d*|footer|header|শিরোনাম)$/i, years: false }] as const),
  ...['succession box', 's-ttl', 's-bef', 's-aft', 'উত্তরাধিকার বাক্স'].map(
    (n) => [n, { args: /^years?$/i, years: true }] as const,
  ),
  ...['historical populations', 'ঐতিহাসিক জনসংখ্যা', 'historical population'].map(
    (n) => [n, { args: /^\d*[13579]$/, years: true }] as const,
  ),
]);

/** `তথ্যছক ব্যক্তি`, `Infobox officeholder`, `Infobox`: the infoboxes. */
export function isInfobox(name: string): boolean {
  return /^(?:তথ্যছক|তথ্যবক্স|Infobox)(?:[\s\-_]|$)|^(?:Speciesbox|Subspeciesbox|Taxobox|Automatic taxobox|Geobox|Chembox|Drugbox)$/i.test(
    name,
  );
}

/** Infobox fields named for a date, whose bare years are years: `জন্ম_তারিখ`, `established_date1`, `term_start`, `সাল`. */
export function isInfoboxDateField(field: string): boolean {
  return /তারিখ|সাল|বছর|সময়|কাল|প্রতিষ্ঠ|জন্ম|মৃত্যু|শুরু|শেষ|স্থাপি|উদ্বোধন|মেয়াদ|date|year|founded|established|period|term|start|end|birth|death|born|died|opened|built|released|formation|dissolved|inaugurat|active|reign|succession|since|until|turnedpro|retired|from|to$|^to\d|^from/i.test(
    field,
  );
}

/** Infobox fields whose year-less day comes back every year: `feast_day = ৩০ মে`, `holiday`, `উৎসবের_দিন`. */
export function isInfoboxRecurringField(field: string): boolean {
  return /feast|holiday|observ|celebrat|উৎসব|পর্ব|দিবস|পালন/i.test(field);
}

/**
 * Infobox fields whose dates are not events: statistics "as of" fields (`population_census_year`,
 * `GDP_PPP_year`, `percent_water`), images, maps, signatures, coordinates, web sites and citation metadata.
 */
export function isInfoboxSkippedField(field: string): boolean {
  return (
    /^current|postal|post_?code|zip|area_code|calling_code|_code$|phone|iso_?3166|population|census|gdp|gini|hdi|fsi|ethnic|religion|percent|water|members|density|area|_rank|currency|calling|cctld|pop_|জনসংখ্যা|আদমশুমারি|জিডিপি|ঘনত্ব|আয়তন|image|img|map|logo|flag|seal|coat|emblem|symbol|signature|alt$|_alt|ছবি|চিত্র|মানচিত্র|পতাকা|প্রতীক|স্বাক্ষর|coord|latd|longd|lat_|long_|website|url|ওয়েবসাইট|ref$|ratio|isbn|issn|oclc|lccn/i.test(
      field,
    ) || isCitationDateField(field)
  );
}

// Date templates and citations have modules of their own; their names stay importable from here.
export { DATE_TEMPLATES, type DateTemplate } from './date-templates.js';
export { isCitation, isCitationDateField } from './citations.js';
import { isCitationDateField } from './citations.js';
