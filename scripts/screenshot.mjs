// Screenshots of a page served from this repository, for looking at what we make:
//   node scripts/screenshot.mjs examples/ out.png [width] [light|dark] [scrollY height]
// With scrollY and height, only that band of the page is taken (long pages shrink too
// much to read when taken whole).
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const [path = 'examples/', out = 'screenshot.png', width = '1200', scheme = 'light', top, height] =
  process.argv.slice(2);
const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
  ],
});
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: 900 },
    colorScheme: scheme,
  });
  page.on('console', (message) => console.log(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  await page.goto(`http://127.0.0.1:${server.address().port}/${path}`);
  await page.waitForLoadState('networkidle');
  const clip = height && { x: 0, y: Number(top), width: Number(width), height: Number(height) };
  await page.screenshot({ path: out, fullPage: true, ...(clip ? { clip } : {}) });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
