import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { define, LeaderMeeting, PullQuote, VERSION } from '../../src/index.js';
import { captureWarnings, shadowText } from '../helpers/dom.js';

describe('define', () => {
  it('is idempotent: defining again changes nothing and says nothing', async () => {
    const warnings = await captureWarnings(() => {
      define();
      PullQuote.define();
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('pull-quote')).to.equal(PullQuote);
    expect(PullQuote.version).to.equal(VERSION);
  });

  it('registers a custom tag, even for a class already registered', async () => {
    PullQuote.define('essay-quote');
    const el = await fixture(
      staticHtml`<${unsafeStatic('essay-quote')} .data=${{ text: 'Custom tag.' }}></${unsafeStatic('essay-quote')}>`,
    );
    expect(el).to.be.instanceOf(PullQuote);
    expect(shadowText(el)).to.contain('Custom tag.');
  });

  it('registers in a scoped registry, with the elements it renders', async () => {
    const registry = new CustomElementRegistry();
    LeaderMeeting.define(undefined, registry);
    expect(registry.get('leader-meeting')).to.not.equal(undefined);
    expect(registry.get('pull-quote')).to.not.equal(undefined);
  });

  it('reports errors with the tag it is registered under', async () => {
    PullQuote.define('quote-two');
    const el = document.createElement('quote-two') as PullQuote;
    el.data = { text: '' };
    const warnings = await captureWarnings(async () => {
      const event = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('essay-widget-error', (e) => resolve(e)),
      );
      document.body.append(el);
      expect((await event).detail.tag).to.equal('quote-two');
    });
    el.remove();
    expect(warnings).to.deep.equal(['quote-two: text: expected a non-empty string']);
  });

  it('renders as a plain element from a fixture', async () => {
    const el = await fixture(html`<pull-quote .data=${{ text: 'Plain.' }}></pull-quote>`);
    expect(shadowText(el)).to.equal('Plain.');
  });
});
