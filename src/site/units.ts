// Units of `{{রূপান্তর}}` / `{{convert}}` / `{{cvt}}` as data: family, size in the family's base unit,
// the Bengali name and symbol bnwiki prints, and the unit a conversion goes to by default.
// `{{রূপান্তর|১০০|km|mi}}` → km: length, 1000 m, "কিলোমিটার" / "কিমি", default out "mi".

export type UnitFamily =
  | 'length'
  | 'area'
  | 'volume'
  | 'mass'
  | 'speed'
  | 'acceleration'
  | 'temperature'
  | 'temperatureChange'
  | 'density'
  | 'energy'
  | 'power'
  | 'populationDensity'
  | 'time'
  | 'pressure';

export interface Unit {
  family: UnitFamily;
  /** Size in the family's base unit (m, m², m³, kg, m/s, K, kg/m³, J, W, /km², s, Pa). */
  factor: number;
  /** Added after scaling, for temperatures: K = value × factor + offset. */
  offset?: number;
  /** The name bnwiki spells out (`abbr=off`, the default for the input unit). */
  name: string;
  /** The symbol (`abbr=on`, the default for converted values). */
  symbol: string;
  /** Where the conversion goes when the template names no output unit. */
  to?: string;
}

const u = (family: UnitFamily, factor: number, name: string, symbol: string, to?: string, offset?: number): Unit => ({
  family,
  factor,
  name,
  symbol,
  to,
  offset,
});

export const UNITS: Record<string, Unit> = {
  // length (m)
  km: u('length', 1000, 'কিলোমিটার', 'কিমি', 'mi'),
  m: u('length', 1, 'মিটার', 'মি', 'ft'),
  cm: u('length', 0.01, 'সেন্টিমিটার', 'সেমি', 'in'),
  mm: u('length', 0.001, 'মিলিমিটার', 'মিমি', 'in'),
  um: u('length', 1e-6, 'মাইক্রোমিটার', 'μm', 'in'),
  nm: u('length', 1e-9, 'ন্যানোমিটার', 'ন্যানোমিটার', 'in'),
  mi: u('length', 1609.344, 'মাইল', 'মাইল', 'km'),
  ft: u('length', 0.3048, 'ফুট', 'ফুট', 'm'),
  in: u('length', 0.0254, 'ইঞ্চি', 'ইঞ্চি', 'mm'),
  yd: u('length', 0.9144, 'গজ', 'গজ', 'm'),
  nmi: u('length', 1852, 'নটিক্যাল মাইল', 'নটিক্যাল মাইল', 'km'),
  AU: u('length', 149597870700, 'জ্যোতির্বিদ্যা একক', 'AU', 'km'),
  ly: u('length', 9.4607e15, 'আলোকবর্ষ', 'আলোকবর্ষ', 'km'),
  pc: u('length', 3.0857e16, 'পারসেক', 'পারসেক', 'ly'),
  // area (m²)
  km2: u('area', 1e6, 'বর্গকিলোমিটার', 'কিমি২', 'sqmi'),
  m2: u('area', 1, 'বর্গমিটার', 'মি২', 'sqft'),
  cm2: u('area', 1e-4, 'বর্গসেন্টিমিটার', 'সেমি২', 'sqin'),
  ha: u('area', 1e4, 'হেক্টর', 'হেক্টর', 'acre'),
  sqmi: u('area', 2589988.110336, 'বর্গমাইল', 'বর্গমাইল', 'km2'),
  sqft: u('area', 0.09290304, 'বর্গফুট', 'বর্গফুট', 'm2'),
  sqin: u('area', 0.00064516, 'বর্গইঞ্চি', 'বর্গইঞ্চি', 'cm2'),
  acre: u('area', 4046.8564224, 'একর', 'একর', 'ha'),
  sqyd: u('area', 0.83612736, 'বর্গগজ', 'বর্গগজ', 'm2'),
  // population density (per km²)
  '/km2': u('populationDensity', 1, 'প্রতি বর্গকিলোমিটারে', '/কিমি২', '/sqmi'),
  '/sqmi': u('populationDensity', 1 / 2.589988110336, 'প্রতি বর্গমাইলে', '/বর্গমাইল', '/km2'),
  '/ha': u('populationDensity', 100, 'প্রতি হেক্টরে', '/হেক্টর', '/acre'),
  '/acre': u('populationDensity', 247.105381, 'প্রতি একরে', '/একর', '/ha'),
  // volume (m³)
  m3: u('volume', 1, 'ঘনমিটার', 'মি৩', 'cuft'),
  km3: u('volume', 1e9, 'ঘনকিলোমিটার', 'কিমি৩', 'cumi'),
  cm3: u('volume', 1e-6, 'ঘনসেন্টিমিটার', 'সেমি৩', 'cuin'),
  L: u('volume', 0.001, 'লিটার', 'লি', 'USgal'),
  l: u('volume', 0.001, 'লিটার', 'লি', 'USgal'),
  ml: u('volume', 1e-6, 'মিলিলিটার', 'মিলি', 'USoz'),
  mi3: u('volume', 4168181825.440579, 'ঘনমাইল', 'ঘনমাইল', 'km3'),
  cumi: u('volume', 4168181825.440579, 'ঘনমাইল', 'ঘনমাইল', 'km3'),
  cuft: u('volume', 0.028316846592, 'ঘনফুট', 'ঘনফুট', 'm3'),
  cuin: u('volume', 1.6387064e-5, 'ঘনইঞ্চি', 'ঘনইঞ্চি', 'cm3'),
  USgal: u('volume', 0.003785411784, 'মার্কিন গ্যালন', 'মার্কিন গ্যালন', 'L'),
  impgal: u('volume', 0.00454609, 'ইম্পেরিয়াল গ্যালন', 'ইম্পেরিয়াল গ্যালন', 'L'),
  USoz: u('volume', 2.95735295625e-5, 'মার্কিন তরল আউন্স', 'মার্কিন তরল আউন্স', 'ml'),
  oilbbl: u('volume', 0.158987294928, 'ব্যারেল', 'ব্যারেল', 'm3'),
  bbl: u('volume', 0.158987294928, 'ব্যারেল', 'ব্যারেল', 'm3'),
  // mass (kg)
  kg: u('mass', 1, 'কিলোগ্রাম', 'কেজি', 'lb'),
  g: u('mass', 0.001, 'গ্রাম', 'গ্রা', 'oz'),
  mg: u('mass', 1e-6, 'মিলিগ্রাম', 'মিগ্রা', 'gr'),
  t: u('mass', 1000, 'টন', 'টন', 'LT'),
  tonne: u('mass', 1000, 'টন', 'টন', 'LT'),
  lb: u('mass', 0.45359237, 'পাউন্ড', 'পাউন্ড', 'kg'),
  oz: u('mass', 0.028349523125, 'আউন্স', 'আউন্স', 'g'),
  LT: u('mass', 1016.0469088, 'লং টন', 'লং টন', 't'),
  ST: u('mass', 907.18474, 'শর্ট টন', 'শর্ট টন', 't'),
  st: u('mass', 6.35029318, 'স্টোন', 'স্টোন', 'kg'),
  gr: u('mass', 6.479891e-5, 'গ্রেইন', 'গ্রেইন', 'mg'),
  // speed (m/s)
  'km/h': u('speed', 1 / 3.6, 'কিলোমিটার প্রতি ঘণ্টা', 'কিমি/ঘণ্টা', 'mph'),
  'km/s': u('speed', 1000, 'কিলোমিটার প্রতি সেকেন্ড', 'কিমি/সে', 'mi/s'),
  'm/s': u('speed', 1, 'মিটার প্রতি সেকেন্ড', 'মি/সে', 'ft/s'),
  mph: u('speed', 0.44704, 'মাইল প্রতি ঘণ্টা', 'মাইল/ঘণ্টা', 'km/h'),
  'mi/s': u('speed', 1609.344, 'মাইল প্রতি সেকেন্ড', 'মাইল/সে', 'km/s'),
  'ft/s': u('speed', 0.3048, 'ফুট প্রতি সেকেন্ড', 'ফুট/সে', 'm/s'),
  kn: u('speed', 0.514444, 'নট', 'নট', 'km/h'),
  // acceleration (m/s²)
  'm/s2': u('acceleration', 1, 'মিটার প্রতি বর্গসেকেন্ড', 'মি/সে২', 'ft/s2'),
  'ft/s2': u('acceleration', 0.3048, 'ফুট প্রতি বর্গসেকেন্ড', 'ফুট/সে২', 'm/s2'),
  // temperature (K) and temperature change (K)
  C: u('temperature', 1, 'ডিগ্রি সেলসিয়াস', '°সে', 'F', 273.15),
  F: u('temperature', 5 / 9, 'ডিগ্রি ফারেনহাইট', '°ফা', 'C', (459.67 * 5) / 9),
  K: u('temperature', 1, 'কেলভিন', 'কে', 'C', 0),
  'C-change': u('temperatureChange', 1, 'ডিগ্রি সেলসিয়াস', '°সে', 'F-change'),
  'F-change': u('temperatureChange', 5 / 9, 'ডিগ্রি ফারেনহাইট', '°ফা', 'C-change'),
  'K-change': u('temperatureChange', 1, 'কেলভিন', 'কে', 'F-change'),
  // density (kg/m³)
  'kg/m3': u('density', 1, 'কিলোগ্রাম প্রতি ঘনমিটার', 'কেজি/মি৩', 'lb/cuft'),
  'g/cm3': u('density', 1000, 'গ্রাম প্রতি ঘনসেন্টিমিটার', 'গ্রা/সেমি৩', 'lb/cuin'),
  'lb/cuft': u('density', 16.01846337, 'পাউন্ড প্রতি ঘনফুট', 'পাউন্ড/ঘনফুট', 'kg/m3'),
  'lb/cuin': u('density', 27679.9047, 'পাউন্ড প্রতি ঘনইঞ্চি', 'পাউন্ড/ঘনইঞ্চি', 'g/cm3'),
  // energy (J)
  J: u('energy', 1, 'জুল', 'জুল', 'cal'),
  kJ: u('energy', 1000, 'কিলোজুল', 'কিলোজুল', 'kcal'),
  MJ: u('energy', 1e6, 'মেগাজুল', 'মেগাজুল', 'kWh'),
  cal: u('energy', 4.184, 'ক্যালরি', 'ক্যালরি', 'J'),
  kcal: u('energy', 4184, 'কিলোক্যালরি', 'কিলোক্যালরি', 'kJ'),
  kWh: u('energy', 3.6e6, 'কিলোওয়াট-ঘণ্টা', 'কিলোওয়াট-ঘণ্টা', 'MJ'),
  eV: u('energy', 1.602176634e-19, 'ইলেকট্রন ভোল্ট', 'ইভি', 'J'),
  // power (W)
  W: u('power', 1, 'ওয়াট', 'ওয়াট', 'hp'),
  kW: u('power', 1000, 'কিলোওয়াট', 'কিলোওয়াট', 'hp'),
  MW: u('power', 1e6, 'মেগাওয়াট', 'মেগাওয়াট', 'hp'),
  GW: u('power', 1e9, 'গিগাওয়াট', 'গিগাওয়াট', 'hp'),
  hp: u('power', 745.69987, 'অশ্বশক্তি', 'অশ্বশক্তি', 'kW'),
  // pressure (Pa)
  Pa: u('pressure', 1, 'প্যাসকেল', 'প্যাসকেল', 'psi'),
  kPa: u('pressure', 1000, 'কিলোপ্যাসকেল', 'কিলোপ্যাসকেল', 'psi'),
  hPa: u('pressure', 100, 'হেক্টোপ্যাসকেল', 'হেক্টোপ্যাসকেল', 'inHg'),
  psi: u('pressure', 6894.757, 'পাউন্ড প্রতি বর্গইঞ্চি', 'পিএসআই', 'kPa'),
  inHg: u('pressure', 3386.389, 'ইঞ্চি পারদ', 'ইঞ্চি পারদ', 'hPa'),
  atm: u('pressure', 101325, 'বায়ুমণ্ডলীয় চাপ', 'atm', 'kPa'),
};

/** Spellings of the same unit: `km²` → km2, `°C` → C, `Celsius` → C, `sqkm` → km2. */
export const UNIT_ALIASES: Record<string, string> = {
  'km²': 'km2',
  'm²': 'm2',
  'km³': 'km3',
  'm³': 'm3',
  sqkm: 'km2',
  'sq mi': 'sqmi',
  sqm: 'm2',
  '°C': 'C',
  '°F': 'F',
  Celsius: 'C',
  Fahrenheit: 'F',
  'per km2': '/km2',
  'per sqmi': '/sqmi',
  'km/hr': 'km/h',
  kph: 'km/h',
  'mi/h': 'mph',
  acres: 'acre',
  feet: 'ft',
  foot: 'ft',
  metre: 'm',
  meter: 'm',
  mile: 'mi',
  miles: 'mi',
  kilometre: 'km',
  kilometer: 'km',
  hectare: 'ha',
  'cu mi': 'cumi',
  'sq ft': 'sqft',
  lbs: 'lb',
  কিমি: 'km',
  কিলোমিটার: 'km',
  মিটার: 'm',
  মি: 'm',
  ফুট: 'ft',
  মাইল: 'mi',
  সেমি: 'cm',
  বর্গকিমি: 'km2',
  'বর্গ কিমি': 'km2',
  বর্গকিলোমিটার: 'km2',
  বর্গমাইল: 'sqmi',
  কেজি: 'kg',
  কিলোগ্রাম: 'kg',
  একর: 'acre',
  হেক্টর: 'ha',
  ইঞ্চি: 'in',
  লিটার: 'L',
  'kg/m³': 'kg/m3',
  'g/cm³': 'g/cm3',
  'km/s2': 'm/s2',
  µm: 'um',
  μm: 'um',
  'ft²': 'sqft',
  'mi²': 'sqmi',
};

/** `e6km` → million kilometres: the multiplier words bnwiki prints before a unit. */
export const UNIT_SCALES: Record<string, { factor: number; word: string }> = {
  e3: { factor: 1e3, word: 'হাজার' },
  e6: { factor: 1e6, word: 'মিলিয়ন' },
  e9: { factor: 1e9, word: 'বিলিয়ন' },
  e12: { factor: 1e12, word: 'ট্রিলিয়ন' },
};

/** Words between the numbers of a range: `{{convert|১|to|৩|km}}` → "১ থেকে ৩ কিলোমিটার". */
export const RANGE_WORDS: Record<string, string> = {
  '-': '–',
  '–': '–',
  '&ndash;': '–',
  to: ' থেকে ',
  and: ' ও ',
  or: ' বা ',
  by: ' × ',
  x: ' × ',
  '×': ' × ',
  '+': ' + ',
  '+/-': ' ± ',
  '±': ' ± ',
  'to(-)': ' থেকে ',
};
