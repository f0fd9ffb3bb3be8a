// Citation facts as data, for every stage: which templates are citations (`{{ওয়েব উদ্ধৃতি|…}}`, `{{Cite web|…}}`),
// and which of their fields hold dates that are metadata, never events (`সংগ্রহের-তারিখ=১৩ ফেব্রুয়ারি ২০১৪`).

/** `ওয়েব উদ্ধৃতি`, `বই উদ্ধৃতি`, `Cite web`, `Citation`: citation templates (their dates are metadata). */
export function isCitation(name: string): boolean {
  return /উদ্ধৃতি$|^(?:Cite|Citation|Vcite|Harvnb|Harv|Sfn|Sfnp|Cite[ _]?\w*)(?:\s|$)/i.test(name);
}

/** Field names of citation metadata that are never events: `সংগ্রহের-তারিখ`, `access-date` … */
export function isCitationDateField(field: string): boolean {
  return /সংগ্রহ|আর্কাইভ|access[-_ ]?date|accessed|archive|retrieved/i.test(field);
}

/** Citation fields that hold dates: `তারিখ`, `সংগ্রহের-তারিখ`, `date`, `access-date`, `archive-date`, `year`. */
export const CITATION_DATE_FIELD = /তারিখ|সাল|বছর|date|year/i;

/**
 * Templates whose dates the date extractor drops as metadata, names lower-cased: the citations and the
 * templates around them (`ওয়েব আর্কাইভ`, `sfn`, `harvnb`, `efn`, `as of`). Wider than `isCitation`, which
 * picks the one template of a reference whose fields the record keeps. The date extractor's copy
 * (`isCitationTemplate` in src/dates/lexicon.ts) is to read this one.
 */
export function isDateMetadataTemplate(lowerName: string): boolean {
  return /উদ্ধৃতি|^cite|^citation|^sfn|^harv|^as of|^efn|^ওয়েব|^বই উদ্ধৃতি/u.test(lowerName);
}
