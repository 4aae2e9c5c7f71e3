import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { PullQuote } from '../src/index.js';

describe('<pull-quote>', () => {
  it('renders text and speaker from data', async () => {
    const el = await fixture<PullQuote>(
      html`<pull-quote
        .data=${{ text: 'Both sides *devote* effort', speaker: { name: 'Samuel Charap', affiliation: 'IISS' }, date: '2017' }}
      ></pull-quote>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('blockquote')!.textContent).to.contain('Both sides devote effort');
    expect(root.querySelector('em')!.textContent).to.equal('devote');
    expect(root.querySelector('figcaption')!.textContent).to.contain('Samuel Charap');
    expect(root.querySelector('time')!.getAttribute('datetime')).to.equal('2017');
    await expect(el).to.be.accessible();
  });

  it('reports invalid data', async () => {
    const el = document.createElement('pull-quote') as PullQuote;
    el.data = { text: '' };
    const event = oneEvent(el, 'essay-widget-error');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.errors[0].path).to.equal('text');
    el.remove();
  });
});
