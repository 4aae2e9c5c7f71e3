// The three browser engines, from Debian's packages, for the tests and for scripts that
// look at pages: Chromium (DevTools protocol), Firefox ESR (WebDriver BiDi), both through
// puppeteer, and WebKitGTK (Safari's engine) through its WebDriver. WebKit's MiniBrowser needs
// an X display even when nobody looks: `startWebKitServices()` starts a virtual display and
// WebKit's driver on free ports, and everything started here stops when the process ends.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { PNG } from 'pngjs';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB_PATH = '/usr/bin/Xvfb';

const INSTALL = 'apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb';

/** Debian's Chromium, headless; the flags keep it quiet on a machine with no network. */
export const chromiumFlags = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Test pages run side by side: none of them may be throttled as a background tab.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/** The engines, by the names `ENGINES` (a comma-separated list) chooses from. */
export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'];

/** The engines this run uses: those named in `ENGINES`, or all three. */
export function chosenEngines() {
  const chosen = (process.env.ENGINES || ENGINE_NAMES.join(','))
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = chosen.filter((name) => !ENGINE_NAMES.includes(name));
  if (unknown.length) throw new Error(`ENGINES: unknown ${unknown.join(', ')}; known: ${ENGINE_NAMES}`);
  return chosen;
}

/** Fails with the command that installs `path` when it is missing. */
export function required(path) {
  if (!existsSync(path)) throw new Error(`${path} is missing: ${INSTALL}`);
  return path;
}

/** A TCP port nobody listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const services = new Set();

/** Stops every service started here (also done when the process exits). */
export function stopServices() {
  for (const child of services) child.kill('SIGTERM');
  services.clear();
}
process.on('exit', stopServices);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    stopServices();
    process.exit(128 + (signal === 'SIGHUP' ? 1 : signal === 'SIGINT' ? 2 : 15));
  });
}

function startService(command, args, { env = process.env, stdout = 'ignore' } = {}) {
  const child = spawn(required(command), args, { env, stdio: ['ignore', stdout, 'ignore'] });
  // A service never keeps the process alive by itself.
  child.unref();
  services.add(child);
  child.on('exit', () => services.delete(child));
  return child;
}

/** Starts Xvfb on a display it finds free itself; resolves with that display (`:1`). */
function startDisplay() {
  const xvfb = startService(
    XVFB_PATH,
    ['-displayfd', '1', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'],
    {
      stdout: 'pipe',
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdout.on('data', (chunk) => {
      out += chunk;
      if (!out.includes('\n')) return;
      xvfb.stdout.destroy();
      resolve(`:${out.trim()}`);
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
}

/** Resolves once WebKit's driver answers on `port`. */
async function driverReady(port, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port}: ${error}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let webkitServices;

/** Starts a virtual display and WebKit's driver once; resolves with the driver's port. */
export function startWebKitServices() {
  webkitServices ??= (async () => {
    const display = await startDisplay();
    const port = await freePort();
    startService(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: display },
    });
    await driverReady(port);
    return port;
  })();
  return webkitServices;
}

/** What webdriverio needs to start a WebKit session (no `browserName`: WebKitGTK's driver matches none). */
export async function webkitOptions({ dark = false } = {}) {
  required(MINIBROWSER_PATH);
  return {
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: await startWebKitServices(),
    path: '/',
    logLevel: 'error',
    capabilities: {
      'webkitgtk:browserOptions': {
        binary: MINIBROWSER_PATH,
        args: ['--automation', ...(dark ? ['--dark-mode'] : [])],
      },
    },
  };
}

/**
 * One browser of `engine`, to look at pages with: `open(url, width)`, `evaluate(fn, ...args)`,
 * `screenshot(path)` (the whole page) and `close()`. `dark` makes the system's colour scheme dark.
 */
export async function openEngine(engine, { dark = false } = {}) {
  if (engine === 'webkit') return openWebKit(dark);
  const { default: puppeteer } = await import('puppeteer');
  const browser = await puppeteer.launch(
    engine === 'firefox'
      ? {
          browser: 'firefox',
          executablePath: required(FIREFOX_PATH),
          headless: true,
          extraPrefsFirefox: { 'ui.systemUsesDarkTheme': dark ? 1 : 0, 'ui.useOverlayScrollbars': 1 },
        }
      : { executablePath: required(CHROMIUM_PATH), headless: true, args: chromiumFlags },
  );
  const page = await browser.newPage();
  if (engine === 'chromium') {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: dark ? 'dark' : 'light' }]);
  }
  return {
    engine,
    async open(url, width, height = 900) {
      await page.setViewport({ width, height });
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    async screenshot(path) {
      await page.screenshot({ path, fullPage: true });
    },
    close: () => browser.close(),
  };
}

/**
 * WebKit through its WebDriver. MiniBrowser's window cannot be narrower than its toolbar, so
 * pages are shown in a frame of the exact size asked for, inside a blank page; scripts run in
 * the frame, and a screenshot is the frame's, grown to the page's whole height.
 */
async function openWebKit(dark) {
  const { remote } = await import('webdriverio');
  const browser = await remote(await webkitOptions({ dark }));
  await browser.setWindowSize(1400, 1000);
  let frame;
  const inFrame = async (run) => {
    await browser.switchFrame(frame);
    try {
      return await run();
    } finally {
      await browser.switchFrame(null);
    }
  };
  return {
    engine: 'webkit',
    async open(url, width, height = 900) {
      await browser.url(
        `data:text/html,<body style="margin:0"><iframe style="border:0;display:block;width:${width}px;height:${height}px"></iframe></body>`,
      );
      frame = await browser.$('iframe');
      await browser.execute((src) => {
        const iframe = document.querySelector('iframe');
        iframe.src = src;
        return new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      }, url);
    },
    evaluate: (fn, ...args) => inFrame(() => browser.execute(fn, ...args)),
    async screenshot(path) {
      // A screen at a time (WebKit draws nothing in a window taller than its largest texture),
      // each the frame's part of the window's picture.
      const [width, height, pageHeight] = await inFrame(() =>
        browser.execute(() => [innerWidth, innerHeight, document.documentElement.scrollHeight]),
      );
      const page = new PNG({ width, height: pageHeight });
      for (let top = 0; top < pageHeight; top += height) {
        const scrolled = await inFrame(() =>
          browser.execute((y) => {
            scrollTo(0, y);
            return new Promise((resolve) =>
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(scrollY))),
            );
          }, top),
        );
        const shot = PNG.sync.read(Buffer.from(await browser.takeScreenshot(), 'base64'));
        const rows = Math.min(height, pageHeight - top);
        PNG.bitblt(shot, page, 0, top - scrolled, width, rows, 0, top);
      }
      await inFrame(() => browser.execute(() => scrollTo(0, 0)));
      await writeFile(path, PNG.sync.write(page));
    },
    close: () => browser.deleteSession(),
  };
}

/**
 * Runs in a page: resolves once every essay element on it, at any depth of shadow roots, has
 * its data (none is `aria-busy` loading it) and has finished updating (an essay renders a
 * structure per frame: `updateComplete` waits for the whole). Resolves with their number, or
 * -1 if that never happened within 20 s.
 */
export async function settleEssayElements() {
  const elements = (root) =>
    [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? elements(el.shadowRoot) : [])]);
  const essayElements = () =>
    elements(document).filter((el) => el.localName.includes('-') && 'updateComplete' in el);
  await customElements.whenDefined('pull-quote');
  const deadline = performance.now() + 20_000;
  while (performance.now() < deadline) {
    const found = essayElements();
    await Promise.all(found.map((el) => el.updateComplete));
    if (!found.some((el) => el.hasAttribute('aria-busy')) && essayElements().length === found.length) {
      return found.length;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return -1;
}

/** Runs in a page: sets its type in `family`, so that layouts compare across engines. */
export function setPageFont(family) {
  const style = document.createElement('style');
  style.textContent = `:root, body { font-family: ${family} !important; }`;
  document.head.append(style);
}
