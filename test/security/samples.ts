/** For each element, data that fills every field: the ground the hostile tests vary. */
import {
  beltAndRoadBridge,
  bricsMeeting,
  characteristics,
  charapQuote,
  events2018,
  fengByline,
  shanghaiSpirit,
  valdaiDisclaimer,
  worldOrderTransition,
} from '../seed.js';

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
  'key-points': {
    ...characteristics,
    points: [
      ...characteristics.points,
      {
        heading: 'A **point** with [a link](https://example.org/point)',
        body: 'Its *body*.',
        points: [{ heading: 'Nested', body: 'Nested body.', points: [{ heading: 'Deeper' }] }],
      },
    ],
  },
  'scenario-list': worldOrderTransition,
  'initiative-bridge': {
    ...beltAndRoadBridge,
    facilitator: { ...beltAndRoadBridge.facilitator!, url: 'https://example.org/sco' },
    initiatives: beltAndRoadBridge.initiatives.map((initiative) => ({
      ...initiative,
      description: `Advocated by *${initiative.advocate}*.`,
    })),
  },
  // Participants are shown by name only: the other fields of a Person are left out here.
  'event-timeline': {
    ...events2018,
    events: events2018.events.map(({ participants, ...event }) => ({
      ...event,
      ...(participants ? { participants: participants.map(({ name }) => ({ name })) } : {}),
    })),
  },
  'essay-byline': {
    ...fengByline,
    authors: [
      { ...fengByline.authors[0], country: 'CN', url: 'https://example.org/feng' },
      { name: 'A. Editor', role: 'Editor' },
    ],
    updated: '2018-08',
  },
  'editor-note': { ...valdaiDisclaimer, date: '2018-07' },
  'glossary-term': {
    term: 'Thucydides trap',
    definition: 'The *supposed* tendency towards war; see [Allison](https://example.org/allison).',
    url: 'https://example.org/thucydides-trap',
  },
  'essay-article': {
    title: 'The Evolution of Sino-Russian Relationship',
    dek: 'The [[Shanghai Spirit]] takes on the *key* task.',
    byline: {
      authors: [{ name: 'Feng Shaolei', role: 'Director', affiliation: 'East China Normal University' }],
      publisher: { name: 'Valdai Discussion Club', url: 'https://example.org/valdai' },
      published: '2018',
    },
    body: [
      { type: 'paragraph', text: 'They met again in [Johannesburg](https://example.org/jhb).' },
      { type: 'heading', text: 'Four characteristics' },
      { type: 'pull-quote', data: { text: 'Most intimate friend.', speaker: { name: 'Xi Jinping' } } },
    ],
    glossary: [{ term: 'Shanghai Spirit', definition: 'The principles of the **SCO**.' }],
    notes: [{ kind: 'disclaimer', text: 'Views expressed are of individual Members.' }],
    tags: ['China', 'Russia'],
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
  'key-points': (text) => {
    const el = document.createElement('key-points');
    const heading = document.createElement('h3');
    const intro = document.createElement('p');
    const list = document.createElement('ol');
    const item = document.createElement('li');
    const lead = document.createElement('strong');
    const nested = document.createElement('ol');
    const sub = document.createElement('li');
    const em = document.createElement('em');
    heading.textContent = intro.textContent = lead.textContent = sub.textContent = em.textContent = text;
    nested.append(sub);
    item.append(lead, ' — ', text, ' ', em, nested);
    list.append(item);
    el.append(heading, intro, list);
    return el;
  },
  'editor-note': (text) => {
    const el = document.createElement('editor-note');
    el.setAttribute('kind', 'correction');
    const em = document.createElement('em');
    em.textContent = text;
    const link = document.createElement('a');
    link.setAttribute('href', text);
    link.textContent = text;
    el.append(text, ' ', em, ' ', link);
    return el;
  },
  'glossary-term': (text) => {
    const el = document.createElement('glossary-term');
    el.setAttribute('definition', text);
    el.append(text);
    return el;
  },
};
