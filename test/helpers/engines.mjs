// web-test-runner's launchers for the three engines of scripts/engines.mjs.
import { chromeLauncher } from '@web/test-runner';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import {
  CHROMIUM_PATH,
  FIREFOX_PATH,
  chosenEngines,
  chromiumFlags,
  required,
  webkitOptions,
} from '../../scripts/engines.mjs';

/** WebKit's launcher, named so that the reports say which engine a line is about. */
class WebKitLauncher extends WebdriverLauncher {
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }
}

/** The launchers of the engines chosen by `ENGINES` (all three by default). */
export async function launchers(engines = chosenEngines()) {
  const browsers = [];
  if (engines.includes('chromium')) {
    browsers.push(
      chromeLauncher({
        launchOptions: { executablePath: required(CHROMIUM_PATH), headless: true, args: chromiumFlags },
      }),
    );
  }
  if (engines.includes('firefox')) {
    browsers.push(
      puppeteerLauncher({
        launchOptions: { browser: 'firefox', executablePath: required(FIREFOX_PATH), headless: true },
      }),
    );
  }
  if (engines.includes('webkit')) browsers.push(new WebKitLauncher(await webkitOptions()));
  return browsers;
}
