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
 * The tags of the readable copy that kses does not know, with the attributes the copy gives
 * them: `<bdi>` keeps a name in its own direction, `<time datetime>` gives a date's value.
 * Without them kses keeps the text and drops the tag, and the block editor, which writes the
 * copy again when it opens a post, would find every saved post changed.
 *
 * @return array<string, array<string, bool>>
 */
function essay_widgets_allowed_copy_tags() {
	return array(
		'bdi'  => array( 'dir' => true ),
		'time' => array( 'datetime' => true ),
	);
}

/**
 * Adds the essay elements, and the readable copy's tags, to the HTML allowed in posts.
 *
 * @param array  $allowed The allowed tags and their attributes.
 * @param string $context The kses context.
 * @return array
 */
function essay_widgets_kses_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	return array_merge( essay_widgets_allowed_copy_tags(), $allowed, essay_widgets_allowed_elements() );
}
add_filter( 'wp_kses_allowed_html', 'essay_widgets_kses_allowed_html', 10, 2 );
