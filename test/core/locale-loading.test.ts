/**
 * Strings that never arrive: a publisher's loader that never answers or fails, a shipped locale
 * module that never finishes loading. The elements wait `LOCALE_TIMEOUT_MS` at most, then render
 * in English, report why at the path `lang` (once each), and throw nothing into the page;
 * strings that come late after all replace the English ones.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { defineLocale, type EssayWidgetErrorDetail, type LeaderMeeting } from '../../src/index.js';
import { LOCALE_TIMEOUT_MS, setLocaleBase } from '../../src/core/i18n/i18n.js';
import en from '../../src/locales/en.js';
import { captureWarnings, shadowText, until } from '../helpers/dom.js';
import { bricsMeeting } from '../seed.js';

interface Outcome {
  el: LeaderMeeting;
  /** The `essay-widget-error` events it dispatched. */
  reports: EssayWidgetErrorDetail[];
  warnings: string[];
  /** Errors and rejections that reached the page uncaught. */
  uncaught: unknown[];
}

const rendered: HTMLElement[] = [];
afterEach(() => rendered.splice(0).forEach((el) => el.remove()));

/** Renders a meeting in `lang` and waits until it has rendered, in whatever language it could. */
async function renderIn(lang: string): Promise<Outcome> {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const el = document.createElement('leader-meeting');
  const reports: EssayWidgetErrorDetail[] = [];
  el.addEventListener('essay-widget-error', (event) => reports.push(event.detail));
  try {
    const warnings = await captureWarnings(async () => {
      el.lang = lang;
      el.data = bricsMeeting;
      document.body.append(el);
      rendered.push(el);
      await el.updateComplete;
    });
    return { el, reports, warnings, uncaught };
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

/** What a meeting shows in English: its headings and names. */
function expectEnglish(el: LeaderMeeting): void {
  expect(el.hasAttribute('aria-busy'), 'still waiting').to.equal(false);
  const text = shadowText(el);
  expect(text).to.contain(en.topics);
  expect(text).to.contain(en.sources);
  expect(text).to.contain('Xi Jinping');
}

describe('strings that cannot be loaded', () => {
  it(`waits ${LOCALE_TIMEOUT_MS / 1000} s for a loader that never answers, then renders in English and reports it`, async () => {
    expect(LOCALE_TIMEOUT_MS).to.equal(3000);
    defineLocale('xq', () => new Promise(() => {}));
    const message = 'could not load the strings for "xq": no answer within 3 s';

    const first = await renderIn('xq');
    expectEnglish(first.el);
    expect(first.reports).to.deep.equal([{ tag: 'leader-meeting', errors: [{ path: 'lang', message }] }]);
    expect(first.warnings).to.deep.equal([`leader-meeting: lang: ${message}`]);
    expect(first.uncaught).to.deep.equal([]);

    // Reported once: a later update of the same element says nothing new.
    first.el.data = { ...bricsMeeting, occasion: 'Another occasion' };
    await first.el.updateComplete;
    expect(first.reports).to.have.length(1);

    // An element in that language on the page later renders in English at once, and says why.
    const later = await renderIn('xq');
    expectEnglish(later.el);
    expect(later.reports).to.deep.equal([{ tag: 'leader-meeting', errors: [{ path: 'lang', message }] }]);
  });

  it('reports a loader that fails, with its reason, and renders in English', async () => {
    defineLocale('xr', () => Promise.reject(new Error('offline')));
    const { el, reports, uncaught } = await renderIn('xr');
    expectEnglish(el);
    expect(reports).to.deep.equal([
      {
        tag: 'leader-meeting',
        errors: [{ path: 'lang', message: 'could not load the strings for "xr": Error: offline' }],
      },
    ]);
    expect(uncaught).to.deep.equal([]);
  });

  it('gives up on a shipped locale module that never finishes loading, and names where it was', async () => {
    const stranded = new URL('/test/fixtures/never-answers/', location.href);
    setLocaleBase(stranded);
    try {
      const { el, reports, warnings, uncaught } = await renderIn('fi');
      expectEnglish(el);
      const message = `could not load the strings for "fi" from ${new URL('fi.js', stranded).href}: no answer within 3 s`;
      expect(reports).to.deep.equal([{ tag: 'leader-meeting', errors: [{ path: 'lang', message }] }]);
      expect(warnings).to.deep.equal([`leader-meeting: lang: ${message}`]);
      expect(uncaught).to.deep.equal([]);
    } finally {
      setLocaleBase(new URL('/src/locales/', location.href));
    }
  });

  it('shows strings that arrive after the time-out when they come', async () => {
    defineLocale(
      'xs',
      () =>
        new Promise((resolve) =>
          setTimeout(() => resolve({ ...en, topics: 'Themen' }), LOCALE_TIMEOUT_MS + 500),
        ),
    );
    const { el, reports } = await renderIn('xs');
    expectEnglish(el);
    expect(reports).to.have.length(1);
    await until(() => shadowText(el).includes('Themen'), 'the strings that came late', 3000);
    expect(shadowText(el)).not.to.contain(en.topics);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(reports).to.have.length(1);
  });

  it('reports nothing for strings that arrive', async () => {
    const { el, reports, warnings } = await renderIn('de');
    expect(shadowText(el)).not.to.contain(en.topics);
    expect(reports).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });
});
