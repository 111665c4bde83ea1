// Renders build/icon.svg to build/icon.png (512 × 512, transparent corners) for electron-builder, with
// playwright-core and the system's Chromium: `node build/render-icon.mjs [path-to-chromium]`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const svg = readFileSync(join(here, 'icon.svg'), 'utf8');
const executablePath = process.argv[2] ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const browser = await chromium.launch({ executablePath });
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 }, deviceScaleFactor: 1 });
  await page.setContent(
    `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`,
  );
  await page.locator('svg').screenshot({ path: join(here, 'icon.png'), omitBackground: true });
  console.log('build/icon.png written.');
} finally {
  await browser.close();
}
