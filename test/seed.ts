/** Data from the reference essay, shared by the element tests. */
import type { LeaderMeetingData, PrincipleListData, PullQuoteData } from '../src/index.js';

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
