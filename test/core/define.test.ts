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

  /** A meeting with a quotation: `<leader-meeting>` renders a `<pull-quote>` of its own. */
  const meetingData = {
    participants: [{ name: 'Xi Jinping' }, { name: 'Vladimir Putin' }],
    quotes: [{ text: 'Nested words.' }],
  };

  // Engines without scoped registries (Firefox and WebKitGTK now) cannot construct one: there
  // a page defines the elements in its own registry, and the nested ones render from it.
  const scoped = (() => {
    try {
      return !!new CustomElementRegistry();
    } catch {
      return false;
    }
  })();

  it(`renders inside a shadow root whose scoped registry defines it, nested elements included (${
    scoped ? 'this engine has scoped registries' : "this engine has none: from the page's registry"
  })`, async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      if (!scoped) {
        expect(() => new CustomElementRegistry()).to.throw();
        LeaderMeeting.define(undefined, customElements);
        const meeting = document.createElement('leader-meeting') as LeaderMeeting;
        meeting.data = meetingData;
        host.attachShadow({ mode: 'open' }).append(meeting);
        await meeting.updateComplete;
        const quote = meeting.shadowRoot!.querySelector('pull-quote') as PullQuote;
        await quote.updateComplete;
        expect(shadowText(quote)).to.equal('Nested words.');
        return;
      }
      const registry = new CustomElementRegistry();
      LeaderMeeting.define('scoped-meeting', registry);
      const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
      const meeting = document.createElement('scoped-meeting', {
        customElementRegistry: registry,
      } as ElementCreationOptions) as LeaderMeeting;
      meeting.data = meetingData;
      root.append(meeting);
      await meeting.updateComplete;
      expect(meeting).to.be.instanceOf(LeaderMeeting);
      // The quotation inside the meeting comes from the same registry, not the page's.
      const quote = meeting.shadowRoot!.querySelector('pull-quote') as PullQuote & {
        customElementRegistry: CustomElementRegistry;
      };
      expect(quote.customElementRegistry).to.equal(registry);
      await quote.updateComplete;
      expect(shadowText(quote)).to.equal('Nested words.');
    } finally {
      host.remove();
    }
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
