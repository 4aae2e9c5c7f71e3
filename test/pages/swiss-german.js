// A publisher's strings for the CDN locale pages: Swiss German ordinals, over German.
window.swissGerman = {
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
};
