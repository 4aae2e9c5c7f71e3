// A publisher's locale for the classic script: Swiss German ordinals over German.
/* global EssayWidgets */
EssayWidgets.defineLocale(
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
