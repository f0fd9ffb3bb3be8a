// Tag attributes as a record, for extension tags and HTML elements:
// `name="ক" group=খ` → { name: 'ক', group: 'খ' } (names lower-cased, quotes removed).

const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** `name="ক" group=খ` → { name: 'ক', group: 'খ' } */
export function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(raw); m; m = ATTRIBUTE.exec(raw))
    out[m[1].toLowerCase()] = m[2] ?? m[3] ?? (m[4] ?? '').replace(/\/$/, '');
  return out;
}
