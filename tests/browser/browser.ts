// Opens pages in the system Chromium (Debian's `chromium`: apt-get install -y chromium) with playwright-core,
// no browser download. Collects console errors, page errors and dialogs, so a test can say none happened.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Where screenshots go: .tmp/screenshots, or $SCREENSHOTS (`SCREENSHOTS=docs npm run test:browser` updates the README's). */
export const SCREENSHOTS = process.env.SCREENSHOTS ?? '.tmp/screenshots';

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: install it with 'apt-get install -y chromium' (or set $CHROMIUM)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

export interface Watched {
  page: Page;
  problems: string[];
  dialogs: string[];
}

/** A new page that records console errors, uncaught errors and dialogs (dismissing them). */
export async function watchedPage(browser: Browser, width = 1280, height = 900): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return { page, problems, dialogs };
}

export const fileUrl = (path: string): string => pathToFileURL(path).href;

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, name);
  await page.screenshot({ path });
  return path;
}

/** An article that tries every way to run a script or hide the page; none may work. Each sets `window.__pwned`. */
export const HOSTILE = [
  `'''ঝুঁকি''' ১৯৭১ সালে <script>window.__pwned='script';alert('script')</script> লেখা হয়।`,
  `১৯৭২ সালে <img src=x onerror="window.__pwned='img';alert('img')"> ছবি আসে।`,
  `== <svg onload="window.__pwned='svg'">শিরোনাম</svg> ==`,
  `১৯৭৩ সালে [javascript:window.__pwned='link';alert('link') লিংক] এবং [[javascript:alert(1)|ভেতরের]] দেওয়া হয়।`,
  `<div style="position:fixed;inset:0;background:#fff;z-index:99999">১৯৭৪ সালে পাতা ঢাকা পড়ে।</div>`,
  `{{তথ্যছক ব্যক্তি|নাম=<script>window.__pwned='infobox'</script>|জন্ম_তারিখ={{জন্ম তারিখ|১৯৫০|১|২}}|ছবি=<img src=x onerror="window.__pwned='field'">}}`,
  `<ref><iframe src="javascript:parent.__pwned='iframe'"></iframe>১৯৭৫ সালের সূত্র</ref> ১৯৭৬ সালে শেষ। &lt;script&gt;window.__pwned='entity'&lt;/script&gt;`,
  `<style>body{display:none}</style><math><mtext><script>window.__pwned='math'</script></mtext></math>`,
].join('\n');

/** Elements the hostile article must not have made in the page: only text may come of it. */
export async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const app = document.getElementById('app')!;
    for (const el of Array.from(app.querySelectorAll('*'))) {
      if (
        ['SCRIPT', 'IMG', 'IFRAME', 'STYLE', 'MATH', 'A', 'DIV'].includes(el.tagName) &&
        el.closest('[data-testid=source],[data-testid=plain-text],[data-testid=events],[data-testid=tree]')
      )
        found.push(el.tagName);
      for (const a of Array.from(el.attributes))
        if (/^on/i.test(a.name) || /javascript:/i.test(a.value)) found.push(`${el.tagName}[${a.name}]`);
    }
    if (document.querySelectorAll('script').length !== document.querySelectorAll('head script, body > script').length)
      found.push('script inside the app');
    return found;
  });
}
