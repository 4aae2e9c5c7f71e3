<?php
/**
 * What a WordPress plugin for essay-widgets does to kses, loaded the way a must-use plugin is:
 * the essay elements and their attributes become allowed HTML in posts, for every role. kses
 * keeps an attribute only if it is listed (data-* is allowed on every tag WordPress itself
 * allows, not on tags a filter adds), so data-json is named.
 */

/** The essay elements (tag names) and the attributes they read. */
function essay_widgets_allowed_elements() {
	$attributes = array(
		'data-json',
		'src',
		'speaker',
		'speaker-role',
		'affiliation',
		'date',
		'cite',
		'variant',
		'kind',
		'definition',
		'lang',
		'dir',
		'theme',
		'heading-level',
	);
	$tags = array(
		'essay-article',
		'pull-quote',
		'principle-list',
		'leader-meeting',
		'key-points',
		'scenario-list',
		'initiative-bridge',
		'event-timeline',
		'essay-byline',
		'editor-note',
		'glossary-term',
	);
	return array_fill_keys( $tags, array_fill_keys( $attributes, true ) );
}

add_filter(
	'wp_kses_allowed_html',
	function ( $allowed, $context ) {
		if ( 'post' !== $context ) {
			return $allowed;
		}
		return array_merge( $allowed, essay_widgets_allowed_elements() );
	},
	10,
	2
);
