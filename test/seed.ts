/** Data from the reference essay, shared by the element tests and the stories. */
import type {
  BylineData,
  EditorNoteData,
  EventTimelineData,
  GlossaryEntry,
  InitiativeBridgeData,
  KeyPointsData,
  LeaderMeetingData,
  PrincipleListData,
  PullQuoteData,
  ScenarioListData,
} from '../src/index.js';

export const charapQuote: PullQuoteData = {
  text: 'Both sides devote significant effort and political capital to managing their bilateral relations effectively. They take a pragmatic, behind-the-scenes approach to resolving disputes and publicly stress the positive elements in the relationship.',
  speaker: { name: 'Samuel Charap', affiliation: 'IISS' },
  date: '2017',
  variant: 'featured',
};

export const shanghaiSpirit: PrincipleListData = {
  title: 'The Shanghai Spirit',
  advocate: { name: 'Shanghai Cooperation Organization', abbreviation: 'SCO' },
  intro:
    'It takes on the key task of facilitating the “conjunction” between the Belt and Road Initiative advocated by China and Greater Eurasia Partnership advocated by Russia.',
  principles: [
    { name: 'mutual trust' },
    { name: 'mutual benefit' },
    { name: 'equality' },
    { name: 'mutual consultations' },
    { name: 'respect for cultural diversity' },
    { name: 'aspiration for common development' },
  ],
};

export const bricsMeeting: LeaderMeetingData = {
  participants: [
    { name: 'Xi Jinping', nativeName: '习近平', role: 'President', country: 'CN' },
    { name: 'Vladimir Putin', nativeName: 'Владимир Путин', role: 'President', country: 'RU' },
  ],
  date: '2018-07-26',
  occasion: '10th BRICS Summit',
  location: { venue: 'Sandton Convention Centre', city: 'Johannesburg', country: 'ZA' },
  summary:
    'They exchanged in-depth views on the current international situation and major issues of common concern. The media has not reported details of this talk.',
  topics: ['The current international situation', 'Major issues of common concern'],
  quotes: [{ ...charapQuote, variant: 'inline' }],
  sources: [{ title: 'The Evolution of Sino-Russian Relationship', publisher: 'Valdai Discussion Club' }],
};

export const wangPutinMeeting: LeaderMeetingData = {
  participants: [
    { name: 'Wang Qishan', nativeName: '王岐山', role: 'Vice President', country: 'CN' },
    { name: 'Vladimir Putin', nativeName: 'Владимир Путин', role: 'President', country: 'RU' },
  ],
  date: '2018-05-24',
  location: { city: 'Saint Petersburg', country: 'RU' },
  summary:
    'Wang Qishan said that Xi Jinping looks forward to meeting Putin again to jointly chart the future course of bilateral relations as well as the Shanghai Cooperation Organization (SCO).',
  topics: ['The future course of bilateral relations', 'The Shanghai Cooperation Organization'],
};

const xiJinping = { name: 'Xi Jinping', nativeName: '习近平', role: 'President', country: 'CN' };
const vladimirPutin = {
  name: 'Vladimir Putin',
  nativeName: 'Владимир Путин',
  role: 'President',
  country: 'RU',
};

export const characteristics: KeyPointsData = {
  title: 'Characteristics of the current Sino-Russian relationship',
  intro: 'The current Sino-Russian relationship shows the following important characteristics.',
  points: [
    {
      heading: '“Charting” the bilateral ties is one of the major issues of current mutual concern.',
      body: 'Xi Jinping looks forward to meeting Putin again to jointly chart the future course of bilateral relations as well as the SCO. Since both were re-elected, they spare no efforts in designing their future bilateral ties.',
    },
    {
      heading: 'The cooperation is different from bilateral ties in the general sense.',
      body: 'The two countries are close neighbours, with complementary economic structures and similar stages of development; both will promote development with *strong and effective government support*, relying on market and democracy.',
    },
    {
      heading:
        'The relationship will be pushed forward by the “strong government”, employing market and multiple social forces more effectively.',
      points: [
        { heading: 'Support from more “big projects”', body: 'and also more diverse civil participation.' },
        { heading: '“Market effects”', body: 'and also both countries’ long-term development requirements.' },
      ],
    },
    {
      heading: 'The relationship is supported by stable regional cooperation structures.',
      body: 'A model of new type of globalization will, to a large extent, depend on the creation and maintenance of regional cooperation and development frameworks.',
    },
  ],
};

export const worldOrderTransition: ScenarioListData = {
  title: 'How could the transition to new frameworks happen?',
  question:
    'Emerging economies are fundamentally reshaping the existing regional frameworks: how can new frameworks replace the old one?',
  scenarios: [
    {
      question: 'A revolutionary transition between the old and the new.',
      verdict: 'rejected',
      reasoning: 'Obviously, there are no more conditions for such a revolutionary approach.',
    },
    {
      question:
        'A transition managed through conflicts, especially hegemonic competition among major powers.',
      verdict: 'unlikely',
      reasoning:
        'There has been no real [[Thucydides trap]] in history; the world is so large that interest realignment can be arranged without going through a conflictual path.',
    },
    {
      question:
        'A return to the [[Yalta Model]]: traditional geopolitics and the division of spheres of influence.',
      verdict: 'rejected',
      reasoning:
        'The rise of emerging countries, and the reemerging attention to [[Westphalian sovereignty]], mean that the simple “return to Yalta” is unrealistic.',
    },
    {
      question:
        'Integration, the way the European Communities and European Union handled the “rising Germany”.',
      verdict: 'unlikely',
      reasoning:
        'Supra-state, supra-sovereign integration has encountered strong critical reflection and political backlash, and emerging economies still highly rely on sovereignty and emphasize state-building.',
    },
  ],
};

export const beltAndRoadBridge: InitiativeBridgeData = {
  title: 'The “conjunction” of two initiatives',
  relation: 'conjunction',
  facilitator: { name: 'Shanghai Cooperation Organization', abbreviation: 'SCO' },
  initiatives: [
    { name: 'Belt and Road Initiative', advocate: 'China', country: 'CN' },
    { name: 'Greater Eurasia Partnership', advocate: 'Russia', country: 'RU' },
  ],
  note: 'The Shanghai Spirit, as a new experiment, takes on the key task of facilitating the “conjunction”; development of the Far East and Siberia is an important aspect of it.',
};

export const events2018: EventTimelineData = {
  title: 'The relationship in 2018',
  events: [
    {
      date: '2018-05-24',
      title: 'Wang Qishan meets Vladimir Putin',
      location: 'Saint Petersburg',
      participants: [
        { name: 'Wang Qishan', nativeName: '王岐山', role: 'Vice President', country: 'CN' },
        vladimirPutin,
      ],
      body: 'Xi Jinping looks forward to meeting Putin again to jointly chart the future course of bilateral relations as well as the SCO.',
    },
    {
      date: '2018-06-08',
      title: 'Xi Jinping awards Vladimir Putin the first-ever Friendship Medal',
      location: 'Great Hall of the People, Beijing',
      participants: [xiJinping, vladimirPutin],
    },
    {
      date: '2018-07-25',
      endDate: '2018-07-27',
      title: '10th BRICS Summit',
      location: 'Johannesburg',
      participants: [xiJinping, vladimirPutin],
      body: 'Xi Jinping and Vladimir Putin meet again and exchange in-depth views on the current international situation.',
    },
    {
      date: '2018-11',
      title: 'China International Import Expo',
      location: 'Shanghai',
      body: 'Held 5–10 November 2018; in the essay’s words, “a good chance for Russia to expand its imports from China”.',
    },
  ],
};

export const fengByline: BylineData = {
  authors: [
    {
      name: 'Feng Shaolei',
      nativeName: '冯绍雷',
      role: 'Director of the Centre for Russian Studies',
      affiliation: 'East China Normal University',
    },
  ],
  publisher: { name: 'Valdai Discussion Club', url: 'https://valdaiclub.com/' },
  published: '2018',
};

export const valdaiDisclaimer: EditorNoteData = {
  kind: 'disclaimer',
  text: 'Views expressed are of individual Members and Contributors, rather than the Club’s, unless explicitly stated otherwise.',
};

/** One entry of the essay's glossary (examples/sino-russian-relations.json). */
export const thucydidesTrap: GlossaryEntry = {
  term: 'Thucydides trap',
  definition:
    'The idea, popularized by the political scientist Graham Allison, that a rising power’s challenge to an established one tends to end in war; named after the ancient Greek historian of the war between Athens and Sparta.',
  url: 'https://en.wikipedia.org/wiki/Thucydides_Trap',
};
