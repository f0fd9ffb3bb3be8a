// Builds the two pages, each one self-contained HTML file that works opened from disk (no network):
//   dist/playground.html          the playground (src/web/playground.ts)
//   dist/timeline-template.html   the page `bn-wikitext timeline` fills with its data (src/web/timeline-page.ts)
// Script, styles (src/web/page.css) and the Bengali web font (@fontsource/noto-sans-bengali, base64) are inlined.
// A Content-Security-Policy lets only the page's own script (by its hash) run and nothing load from outside.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const font = readFileSync(
  require.resolve('@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff2'),
);
const css = readFileSync('src/web/page.css', 'utf8').replace(
  'FONT_URL',
  `data:font/woff2;base64,${font.toString('base64')}`,
);

/** The page script: bundled for browsers (a Node built-in fails the build), minified, one IIFE. */
async function bundle(entry) {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    loader: { '.wiki': 'text' },
    write: false,
    legalComments: 'none',
    charset: 'utf8',
  });
  // `<!--` and `</script` (in strings and regexes: the example's comments, the parser's patterns) would end or
  // confuse the inline <script>; `\x3C` means `<` in both.
  return r.outputFiles[0].text.replace(/<(?=!--|\/script)/gi, '\\x3C');
}

/** The whole page around a script; `body` is the static markup before it. */
function page(title, js, body) {
  const hash = createHash('sha256').update(js).digest('base64');
  const csp = `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; font-src data:; img-src data: blob:`;
  return `<!doctype html>
<html lang="bn"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${title}</title><style>${css}</style></head>
<body>${body}<div id="app"></div><script>${js}</script></body></html>
`;
}

mkdirSync('dist', { recursive: true });
const playground = page('bn-wikitext playground', await bundle('src/web/playground.ts'), '');
writeFileSync('dist/playground.html', playground);
// The data goes in a JSON script element (not run); the CLI replaces the marker (src/timeline/page-data.ts).
const timeline = page(
  'bn-wikitext timeline',
  await bundle('src/web/timeline-page.ts'),
  '<script type="application/json" id="timeline-data">/*TIMELINE_DATA*/</script>',
);
writeFileSync('dist/timeline-template.html', timeline);
const kb = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;
console.log(`pages: dist/playground.html (${kb(playground)}), dist/timeline-template.html (${kb(timeline)})`);
