// Bengali ↔ ASCII digits. Dates in bnwiki prose use ০–৯ (U+09E6–U+09EF); citations use 0–9;
// a few numbers mix both (`১৯7১`), so every helper works digit by digit.

const BN_ZERO = 0x09e6;

/** Value of one digit code unit (ASCII or Bengali), or -1. `'৭'` → 7, `'7'` → 7. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= BN_ZERO && code <= BN_ZERO + 9) return code - BN_ZERO;
  return -1;
}

/** `'১৯৭১ সাল'` → `'1971 সাল'`: Bengali digits become ASCII, everything else is kept. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[০-৯]/g, (d) => String.fromCharCode(d.charCodeAt(0) - BN_ZERO + 0x30));
}

/** `1971` or `'1971 সাল'` → `'১৯৭১ সাল'`: ASCII digits become Bengali, everything else is kept. */
export function toBengaliDigits(input: string | number): string {
  return String(input).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x30 + BN_ZERO));
}

/** Integer value of a run of (possibly mixed) digits: `'২000'` → 2000; NaN if any char is not a digit. */
export function parseDigits(run: string): number {
  let v = 0;
  for (let i = 0; i < run.length; i++) {
    const d = digitValue(run.charCodeAt(i));
    if (d < 0) return NaN;
    v = v * 10 + d;
  }
  return run.length ? v : NaN;
}
