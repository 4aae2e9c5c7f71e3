import type { LocaleStrings } from '../core/i18n/strings.js';

/** Hebrew. */
export default {
  unavailable: 'לא ניתן להציג את התוכן הזה.',
  loading: 'בטעינה…',
  advocatedBy: 'ביוזמת',
  participants: 'משתתפים',
  topics: 'נושאים',
  outcomes: 'תוצאות',
  sources: 'מקורות',
  ordinals: ['ראשית', 'שנית', 'שלישית', 'רביעית', 'חמישית', 'שישית', 'שביעית', 'שמינית', 'תשיעית', 'עשירית'],
  ordinal: '{n}.',
  likely: 'סביר',
  possible: 'אפשרי',
  unlikely: 'לא סביר',
  rejected: 'נשלל',
  via: 'באמצעות',
  by: 'מאת',
  published: 'פורסם',
  updated: 'עודכן',
  disclaimer: 'הסתייגות',
  correction: 'תיקון',
  update: 'עדכון',
  note: 'הערה',
  moreAbout: 'עוד על "{term}"',
  glossary: 'מילון מונחים',
  tags: 'תגיות',
} satisfies LocaleStrings;
