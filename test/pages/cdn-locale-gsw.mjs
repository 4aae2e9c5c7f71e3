// A publisher's locale for the ES module: Swiss German ordinals over German.
import { defineLocale } from '/dist/essay-widgets.js';

defineLocale(
  'gsw',
  {
    ordinals: [
      'Erschtens',
      'Zwöitens',
      'Drittens',
      'Viertens',
      'Föiftens',
      'Sächstens',
      'Sibtens',
      'Achtens',
      'Nüüntens',
      'Zäätens',
    ],
  },
  { base: 'de' },
);
