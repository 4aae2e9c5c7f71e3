// The publisher's strings given to the classic script.
/* global EssayWidgets */
EssayWidgets.defineLocale('gsw', window.swissGerman, { base: 'de' });
