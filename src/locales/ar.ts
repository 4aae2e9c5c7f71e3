import type { LocaleStrings } from '../core/i18n/strings.js';

/** Arabic. */
export default {
  unavailable: 'تعذّر عرض هذا المحتوى.',
  loading: 'جارٍ التحميل…',
  advocatedBy: 'بمبادرة من',
  participants: 'المشاركون',
  topics: 'الموضوعات',
  outcomes: 'النتائج',
  sources: 'المصادر',
  ordinals: ['أولًا', 'ثانيًا', 'ثالثًا', 'رابعًا', 'خامسًا', 'سادسًا', 'سابعًا', 'ثامنًا', 'تاسعًا', 'عاشرًا'],
  ordinal: '{n}.',
  likely: 'مرجح',
  possible: 'ممكن',
  unlikely: 'مستبعد',
  rejected: 'مرفوض',
  via: 'عبر',
  by: 'بقلم',
  published: 'نُشر في',
  updated: 'حُدّث في',
  disclaimer: 'إخلاء مسؤولية',
  correction: 'تصحيح',
  update: 'تحديث',
  note: 'ملاحظة',
  moreAbout: 'المزيد عن «{term}»',
  glossary: 'مسرد المصطلحات',
  tags: 'الوسوم',
} satisfies LocaleStrings;
