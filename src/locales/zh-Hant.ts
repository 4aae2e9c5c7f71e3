import type { LocaleStrings } from '../core/i18n/strings.js';

/** Chinese in traditional characters. */
export default {
  unavailable: '無法顯示此內容。',
  loading: '載入中…',
  advocatedBy: '倡導方',
  participants: '參與者',
  topics: '議題',
  outcomes: '成果',
  sources: '來源',
  ordinals: ['第一', '第二', '第三', '第四', '第五', '第六', '第七', '第八', '第九', '第十'],
  ordinal: '第{n}',
  likely: '很可能',
  possible: '有可能',
  unlikely: '不太可能',
  rejected: '已排除',
  via: '透過',
  by: '作者',
  published: '發布於',
  updated: '更新於',
  disclaimer: '免責聲明',
  correction: '更正',
  update: '更新',
  note: '註',
  moreAbout: '進一步了解「{term}」',
  glossary: '名詞解釋',
  tags: '標籤',
} satisfies LocaleStrings;
