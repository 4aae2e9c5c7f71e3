import type { LocaleStrings } from '../core/i18n/strings.js';

/** Chinese in simplified characters. */
export default {
  unavailable: '无法显示此内容。',
  loading: '正在加载…',
  advocatedBy: '倡导方',
  participants: '参与者',
  topics: '议题',
  outcomes: '成果',
  sources: '来源',
  ordinals: ['第一', '第二', '第三', '第四', '第五', '第六', '第七', '第八', '第九', '第十'],
  ordinal: '第{n}',
  likely: '很可能',
  possible: '有可能',
  unlikely: '不太可能',
  rejected: '已排除',
  via: '经由',
  by: '作者',
  published: '发布于',
  updated: '更新于',
  disclaimer: '免责声明',
  correction: '更正',
  update: '更新',
  note: '注',
  moreAbout: '进一步了解“{term}”',
  glossary: '术语表',
  tags: '标签',
} satisfies LocaleStrings;
