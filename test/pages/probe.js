// Records what a test page's scripts do: uncaught errors and console warnings.
window.__errors = [];
window.__warnings = [];
window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) =>
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`),
);
window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__warnings.push(args.join(' '));
  warn(...args);
};
