/**
 * `npm run screenshots`: a PNG of every category story (all codes of the category at phone width) in
 * English and Arabic, from the static Storybook build, with Debian's Chromium. For reviewers who do
 * not run anything. Output: screenshots/<category>-<locale>.png (not committed).
 *
 * Needs `npm run build-storybook` first and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { root } from './i18n-lib';

const staticDir = join(root, 'storybook-static');
if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first');
  process.exit(1);
}
const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  let file = join(staticDir, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as {
  entries: Record<string, { id: string; title: string; name: string }>;
};
const categoryStories = Object.values(index.entries).filter(
  (e) => e.title.startsWith('Issues/') && e.name === 'All',
);
const out = join(root, 'screenshots');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 2 });
for (const story of categoryStories) {
  for (const locale of ['en', 'ar']) {
    await page.goto(
      `http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`,
    );
    await page.waitForSelector('.cf-panel');
    await page.waitForTimeout(300);
    const file = join(out, `${story.id.replace(/^issues-/, '').replace(/--all$/, '')}-${locale}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
}
await browser.close();
server.close();
