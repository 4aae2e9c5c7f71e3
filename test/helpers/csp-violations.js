// Records the page's Content-Security-Policy violations for a test to read (a classic
// script from the page's own origin, so a strict policy lets it run).
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) =>
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
);
