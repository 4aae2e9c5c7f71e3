/** For each element, data that fills every field: the ground the hostile tests vary. */
import { bricsMeeting, charapQuote, shanghaiSpirit } from '../seed.js';

export const samples: Record<string, unknown> = {
  'pull-quote': {
    ...charapQuote,
    speaker: {
      name: 'Samuel Charap',
      nativeName: 'Сэмюэл Чарап',
      role: 'Senior Fellow',
      affiliation: 'IISS',
      country: 'US',
      url: 'https://example.org/charap',
    },
    source: { title: 'Survival', publisher: 'IISS', url: 'https://example.org/survival', date: '2017-06' },
  },
  'principle-list': {
    ...shanghaiSpirit,
    advocate: {
      name: 'Shanghai Cooperation Organization',
      abbreviation: 'SCO',
      url: 'https://example.org/sco',
    },
    principles: [
      { name: 'mutual trust', description: 'Trust *between* members.' },
      { name: 'equality', description: 'Among [members](https://example.org/members).' },
    ],
  },
  'leader-meeting': {
    ...bricsMeeting,
    outcomes: ['A joint statement'],
    sources: [
      {
        title: 'The Evolution of Sino-Russian Relationship',
        publisher: 'Valdai Discussion Club',
        url: 'https://example.org/valdai',
        date: '2018-07',
      },
    ],
  },
};

/** For elements written as light-DOM markup: that markup, with `text` in every attribute and text. */
export const lightDom: Record<string, (text: string) => HTMLElement> = {
  'pull-quote': (text) => {
    const el = document.createElement('pull-quote');
    for (const name of ['speaker', 'speaker-role', 'affiliation', 'cite']) el.setAttribute(name, text);
    const em = document.createElement('em');
    em.textContent = text;
    const link = document.createElement('a');
    link.setAttribute('href', text);
    link.textContent = text;
    el.append(text, ' ', em, ' ', link);
    return el;
  },
  'principle-list': (text) => {
    const el = document.createElement('principle-list');
    el.setAttribute('advocate', text);
    const heading = document.createElement('h3');
    const intro = document.createElement('p');
    const list = document.createElement('ul');
    const item = document.createElement('li');
    const name = document.createElement('strong');
    heading.textContent = intro.textContent = name.textContent = text;
    item.append(name, ' — ', text);
    list.append(item);
    el.append(heading, intro, list);
    return el;
  },
};
