import type { LocaleStrings } from '../core/i18n/strings.js';

/** Korean. */
export default {
  unavailable: '이 콘텐츠를 표시할 수 없습니다.',
  loading: '불러오는 중…',
  advocatedBy: '주창',
  participants: '참석자',
  topics: '의제',
  outcomes: '성과',
  sources: '출처',
  ordinals: ['첫째', '둘째', '셋째', '넷째', '다섯째', '여섯째', '일곱째', '여덟째', '아홉째', '열째'],
  ordinal: '{n}.',
  likely: '가능성 높음',
  possible: '가능성 있음',
  unlikely: '가능성 낮음',
  rejected: '배제',
  via: '가교',
  by: '글',
  published: '입력',
  updated: '수정',
  disclaimer: '면책 조항',
  correction: '정정',
  update: '업데이트',
  note: '편집자 주',
  moreAbout: '‘{term}’ 더 알아보기',
  glossary: '용어 해설',
  tags: '태그',
} satisfies LocaleStrings;
