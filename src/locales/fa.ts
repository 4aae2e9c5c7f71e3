import type { LocaleStrings } from '../core/i18n/strings.js';

/** Persian. */
export default {
  unavailable: 'نمایش این محتوا ممکن نیست.',
  loading: 'در حال بارگذاری…',
  advocatedBy: 'به ابتکار',
  participants: 'شرکت‌کنندگان',
  topics: 'موضوعات',
  outcomes: 'نتایج',
  sources: 'منابع',
  ordinals: ['نخست', 'دوم', 'سوم', 'چهارم', 'پنجم', 'ششم', 'هفتم', 'هشتم', 'نهم', 'دهم'],
  ordinal: '{n}.',
  likely: 'محتمل',
  possible: 'ممکن',
  unlikely: 'بعید',
  rejected: 'مردود',
  via: 'از طریق',
  by: 'به قلم',
  published: 'منتشر شده در',
  updated: 'به‌روز شده در',
  disclaimer: 'سلب مسئولیت',
  correction: 'اصلاحیه',
  update: 'به‌روزرسانی',
  note: 'توضیح',
  moreAbout: 'بیشتر دربارهٔ «{term}»',
  glossary: 'واژه‌نامه',
  tags: 'برچسب‌ها',
} satisfies LocaleStrings;
