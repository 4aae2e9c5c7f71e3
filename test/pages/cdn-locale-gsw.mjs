// The publisher's strings given to the ES module.
import { defineLocale } from '/dist/essay-widgets.js';

defineLocale('gsw', window.swissGerman, { base: 'de' });
