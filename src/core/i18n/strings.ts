/**
 * The UI strings of a locale: every label an element writes around the data. Each shipped
 * locale is a module of its own in `src/locales/`, written `export default {…} satisfies
 * LocaleStrings`, so that a missing, extra or misspelt key does not compile.
 */
export interface LocaleStrings {
  /** The notice shown in place of content that could not be used. */
  unavailable: string;
  /** Shown while data from `src` loads. */
  loading: string;
  /** Before the organization that advocates a set of principles or an initiative. */
  advocatedBy: string;
  /** Label of a meeting's list of participants (not shown; read by screen readers). */
  participants: string;
  /** Heading of a meeting's topics. */
  topics: string;
  /** Heading of a meeting's outcomes. */
  outcomes: string;
  /** Heading of a meeting's sources. */
  sources: string;
  /** "First" … "Tenth": the words that open numbered theses, as a sentence would begin. */
  ordinals: readonly [string, string, string, string, string, string, string, string, string, string];
  /** A thesis past the tenth: `{n}` is its number ("{n}." gives "11."). */
  ordinal: string;
  /** Verdicts on a scenario. */
  likely: string;
  possible: string;
  unlikely: string;
  rejected: string;
  /** Before the organization through which two initiatives are linked ("via the SCO"). */
  via: string;
  /** Before the authors of an essay ("By Feng Shaolei"). */
  by: string;
  /** Before the date an essay was published, and updated. */
  published: string;
  updated: string;
  /** Kinds of editor's note. */
  disclaimer: string;
  correction: string;
  update: string;
  note: string;
  /** The link after a glossary definition: `{term}` is the term ("More about Yalta Model"). */
  moreAbout: string;
  /** Heading of an essay's glossary. */
  glossary: string;
  /** Label of an essay's tags. */
  tags: string;
}

export type StringKey = keyof LocaleStrings;
