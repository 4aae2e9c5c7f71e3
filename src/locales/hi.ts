import type { LocaleStrings } from '../core/i18n/strings.js';

/** Hindi. */
export default {
  unavailable: 'यह सामग्री प्रदर्शित नहीं की जा सकी।',
  loading: 'लोड हो रहा है…',
  advocatedBy: 'प्रस्तावक:',
  participants: 'प्रतिभागी',
  topics: 'विषय',
  outcomes: 'परिणाम',
  sources: 'स्रोत',
  ordinals: ['पहला', 'दूसरा', 'तीसरा', 'चौथा', 'पाँचवाँ', 'छठा', 'सातवाँ', 'आठवाँ', 'नौवाँ', 'दसवाँ'],
  ordinal: '{n}वाँ',
  likely: 'संभावित',
  possible: 'संभव',
  unlikely: 'असंभावित',
  rejected: 'ख़ारिज',
  via: 'माध्यम:',
  by: 'लेखक:',
  published: 'प्रकाशित',
  updated: 'अपडेट',
  disclaimer: 'अस्वीकरण',
  correction: 'सुधार',
  update: 'अपडेट',
  note: 'टिप्पणी',
  moreAbout: '{term} के बारे में और जानें',
  glossary: 'शब्दावली',
  tags: 'टैग',
} satisfies LocaleStrings;
