import type { LocaleStrings } from '../core/i18n/strings.js';

/** English, carried by every bundle: the strings any other locale falls back to. */
export default {
  unavailable: 'This content could not be displayed.',
  loading: 'Loading…',
  advocatedBy: 'Advocated by',
  participants: 'Participants',
  topics: 'Topics',
  outcomes: 'Outcomes',
  sources: 'Sources',
  ordinals: ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'],
  ordinal: '{n}.',
  likely: 'Likely',
  possible: 'Possible',
  unlikely: 'Unlikely',
  rejected: 'Rejected',
  via: 'via',
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  disclaimer: 'Disclaimer',
  correction: 'Correction',
  update: 'Update',
  note: 'Note',
  moreAbout: 'More about {term}',
  glossary: 'Glossary',
  tags: 'Tags',
} satisfies LocaleStrings;
