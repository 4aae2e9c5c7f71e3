import { expect, fixture, html } from '@open-wc/testing';
import {
  parseRichText,
  renderRichText,
  richTextToPlain,
  escapeRichText,
} from '../../src/core/text/richtext.js';

async function rendered(source: string): Promise<HTMLElement> {
  return fixture(html`<p>${renderRichText(source)}</p>`);
}

describe('RichText', () => {
  it('parses emphasis, strong, links and terms', () => {
    expect(parseRichText('a *b* **c** [d](https://e.org) [[Yalta Model]]')).to.deep.equal([
      'a ',
      { kind: 'em', children: ['b'] },
      ' ',
      { kind: 'strong', children: ['c'] },
      ' ',
      { kind: 'link', href: 'https://e.org', children: ['d'] },
      ' ',
      { kind: 'term', term: 'Yalta Model' },
    ]);
  });

  it('nests emphasis inside strong and inside link labels', () => {
    expect(parseRichText('**a *b* c**')).to.deep.equal([
      { kind: 'strong', children: ['a ', { kind: 'em', children: ['b'] }, ' c'] },
    ]);
    expect(parseRichText('[*x*](mailto:a@b.org)')).to.deep.equal([
      { kind: 'link', href: 'mailto:a@b.org', children: [{ kind: 'em', children: ['x'] }] },
    ]);
  });

  it('keeps unbalanced or spaced markers as text', () => {
    expect(parseRichText('2 * 3 * 4')).to.deep.equal(['2 * 3 * 4']);
    expect(parseRichText('**open')).to.deep.equal(['**open']);
    expect(parseRichText('[label] (https://x.org)')).to.deep.equal(['[label] (https://x.org)']);
    expect(parseRichText('[[ ]]')).to.deep.equal(['[[ ]]']);
  });

  it('reads the edge cases of markers, labels and terms the same way every time', () => {
    const em = (...children: unknown[]) => ({ kind: 'em', children });
    const strong = (...children: unknown[]) => ({ kind: 'strong', children });
    expect(parseRichText('***a***')).to.deep.equal([strong(em('a'))]);
    expect(parseRichText('**a*')).to.deep.equal(['*', em('a')]);
    expect(parseRichText('*a **b** c*')).to.deep.equal([em('a ', strong('b'), ' c')]);
    expect(parseRichText('*a *')).to.deep.equal(['*a *']);
    expect(parseRichText('[]()')).to.deep.equal(['[]()']);
    // An unsafe link's label joins the text around it.
    expect(parseRichText('[x *y* z](/rel) tail')).to.deep.equal(['x ', em('y'), ' z tail']);
    // No link inside a link label.
    expect(parseRichText('[a [b](https://x.org)](https://y.org)')).to.deep.equal([
      { kind: 'link', href: 'https://x.org', children: ['a [b'] },
      '](https://y.org)',
    ]);
    expect(parseRichText('[[\n term \n]]')).to.deep.equal([{ kind: 'term', term: 'term' }]);
    expect(parseRichText('[[a\nb]]')).to.deep.equal(['[[a\nb]]']);
    expect(parseRichText('[a](https://x.org/\n)')).to.deep.equal(['[a](https://x.org/\n)']);
    expect(parseRichText('a\\')).to.deep.equal(['a\\']);
  });

  it('makes a backslashed character literal, and escapes round-trip', () => {
    expect(parseRichText('\\*not em\\*')).to.deep.equal(['*not em*']);
    const text = 'a *b* [c](d) \\ [[e]]';
    expect(parseRichText(escapeRichText(text))).to.deep.equal([text]);
  });

  it('reads URLs with balanced parentheses', () => {
    expect(parseRichText('[w](https://en.wikipedia.org/wiki/Yalta_(disambiguation))')[0]).to.deep.equal({
      kind: 'link',
      href: 'https://en.wikipedia.org/wiki/Yalta_(disambiguation)',
      children: ['w'],
    });
  });

  for (const url of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox(1)',
    '/relative',
    '//evil.example/x',
    'file:///etc/passwd',
  ]) {
    it(`never links ${JSON.stringify(url)}, keeping the label as text`, async () => {
      const el = await rendered(`see [the label](${url}) here`);
      expect(el.querySelector('a')).to.equal(null);
      expect(el.textContent).to.contain('see the label');
    });
  }

  it('shows HTML and template tricks as literal text, creating no elements', async () => {
    const hostile =
      '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script> ${alert(1)} {{constructor.constructor("alert(1)")()}} *<b>em</b>*';
    const el = await rendered(hostile);
    expect([...el.querySelectorAll('*')].map((node) => node.localName)).to.deep.equal(['em']);
    expect(el.textContent).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(el.textContent).to.contain('<script>window.__pwned=1</script>');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('renders links with their href and a part name', async () => {
    const el = await rendered('[Valdai](https://valdaiclub.com/a/highlights/)');
    const link = el.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://valdaiclub.com/a/highlights/');
    expect(link.getAttribute('part')).to.equal('link');
    expect(link.textContent).to.equal('Valdai');
  });

  it('reads hostile nesting in linear time, or shows it as text', () => {
    const start = performance.now();
    const source = '*['.repeat(20000) + '**x'.repeat(5000);
    const nodes = parseRichText(source);
    expect(nodes.length).to.be.greaterThan(0);
    expect(richTextToPlain(source).length).to.be.lessThan(source.length + 1);
    // A generous bound: quadratic reading takes minutes here.
    expect(performance.now() - start).to.be.lessThan(5000);
  });

  it('gives the plain text a reader sees', () => {
    expect(richTextToPlain('The *Shanghai* [[Spirit]] [site](https://sco.org)')).to.equal(
      'The Shanghai Spirit site',
    );
  });
});
