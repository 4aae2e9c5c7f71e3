<?php
/**
 * The essay elements and the attributes they read become allowed HTML in posts, for every
 * role: WordPress runs kses on the posts of every user without `unfiltered_html` (Authors,
 * Contributors, everyone on multisite), and kses drops a tag it does not know but keeps its
 * text. kses keeps an attribute only if it is listed (`data-*` is allowed on the tags WordPress
 * itself allows, not on tags a filter adds), so `data-json`, which holds the embed form's
 * data, is named.
 *
 * @package EssayWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The essay elements and their attributes, as kses takes them (`tag => [ attribute => true ]`).
 * build/elements.php lists them from the package's custom-elements.json.
 *
 * @return array<string, array<string, bool>>
 */
function essay_widgets_allowed_elements() {
	static $allowed = null;
	if ( null === $allowed ) {
		$allowed = array();
		foreach ( require dirname( __DIR__ ) . '/build/elements.php' as $tag => $attributes ) {
			$allowed[ $tag ] = array_fill_keys( $attributes, true );
		}
	}
	return $allowed;
}

/**
 * Adds the essay elements to the HTML allowed in posts.
 *
 * @param array  $allowed The allowed tags and their attributes.
 * @param string $context The kses context.
 * @return array
 */
function essay_widgets_kses_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	return array_merge( $allowed, essay_widgets_allowed_elements() );
}
add_filter( 'wp_kses_allowed_html', 'essay_widgets_kses_allowed_html', 10, 2 );
