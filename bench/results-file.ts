// bench/RESULTS.md is shared by `npm run bench` and `npm run bench:adversarial`: each owns one section.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Replaces (or appends) the section between `<!-- name:start -->` and `<!-- name:end -->`. */
export function writeSection(file: string, name: string, title: string, body: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const section = `${start}\n## ${title}\n\n${body}\n${end}`;
  let text = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# bn-wikitext benchmark results\n\nWritten by `npm run bench` and `npm run bench:adversarial`; each owns its section.\n';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i >= 0 && j > i) text = text.slice(0, i) + section + text.slice(j + end.length);
  else text = text.replace(/\n*$/, '\n\n') + section + '\n';
  writeFileSync(file, text);
}
