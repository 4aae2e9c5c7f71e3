// elements.html?only=key-points shows only that element's section (also: languages, rtl, arabic).
const only = new window.URLSearchParams(window.location.search).get('only');
if (only) {
  document.querySelector('.site')?.remove();
  document.querySelector('.masthead')?.remove();
  for (const section of document.querySelectorAll('main > section')) {
    if (section.dataset.tag !== only) section.remove();
  }
}
