<?php
/**
 * A must-use plugin of the test site (site.mjs), active where its configuration defines
 * ESSAY_WIDGETS_TEST_SITE: the first script of every page keeps what the page says on its
 * console (warnings and errors), the errors it throws or rejects, and the resources that failed
 * to load, in `window.essayWidgetsConsole`, so that a test can read them in any browser.
 */

if ( ! defined( 'ESSAY_WIDGETS_TEST_SITE' ) ) {
	return;
}

add_action(
	'wp_head',
	function () {
		?>
<script>
(() => {
	const said = (window.essayWidgetsConsole = []);
	for (const level of ['warn', 'error']) {
		const original = console[level];
		console[level] = (...args) => {
			said.push(`${level}: ${args.map(String).join(' ')}`);
			original.apply(console, args);
		};
	}
	addEventListener('error', (event) => {
		const target = event.target;
		said.push(target && target !== window ? `failed to load: ${target.src || target.href}` : `error: ${event.message}`);
	}, true);
	addEventListener('unhandledrejection', (event) => said.push(`unhandled rejection: ${event.reason}`));
	addEventListener('securitypolicyviolation', (event) => said.push(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
})();
</script>
		<?php
	},
	0
);
