<?php
/**
 * The Essay block (block/): the editor writes Essay Markdown or JSON, and the block editor
 * turns it into the essay's data and its readable copy with the library itself (WordPress
 * hosts have no Node to render it on the server).
 *
 * What is stored, in the post:
 * - `data`, a block attribute: the essay's JSON, with `<`, `>` and `&` written as JSON escapes
 *   (`\u003c`). It is the same JSON, and holds nothing kses can change: kses filters every
 *   string attribute of a block saved by a user without `unfiltered_html`, and would delete
 *   text such as `a < b`.
 * - `source`, a block attribute: what the editor typed, as a JSON string escaped in the same way.
 * - the readable copy, as the block's HTML: plain headings, paragraphs, lists and quotes, which
 *   kses keeps. Without the plugin, WordPress shows this HTML: readers get the readable copy.
 *
 * With the plugin, the block is rendered on the server as the embed form: the element with its
 * data in `data-json` and the readable copy inside. Feeds, search and readers without
 * JavaScript get the copy; browsers upgrade it to the widget.
 *
 * @package EssayWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Registers the Essay block and the Markdown reader its editor script uses. */
function essay_widgets_register_block() {
	wp_register_script(
		'essay-widgets-markdown',
		plugins_url( 'build/markdown.js', ESSAY_WIDGETS_PLUGIN_FILE ),
		array(),
		essay_widgets_release()['version'],
		true
	);
	register_block_type(
		dirname( __DIR__ ) . '/block',
		array( 'render_callback' => 'essay_widgets_render_block' )
	);
}
// After the bundle is registered (priority 10), which the editor script needs.
add_action( 'init', 'essay_widgets_register_block', 20 );

/**
 * The embed form of `$data` (JSON) and `$copy` (its readable copy, HTML): the opening tag alone
 * on its line, no blank line. The copy goes through kses as post HTML.
 *
 * @param string $data JSON.
 * @param string $copy HTML.
 * @return string
 */
function essay_widgets_embed_form( $data, $copy ) {
	$copy = preg_replace( '/\n\s*\n/', "\n", trim( wp_kses_post( $copy ) ) );
	return sprintf( "<essay-article data-json=\"%s\">\n%s\n</essay-article>\n", esc_attr( $data ), $copy );
}

/**
 * Renders the block: the embed form, or the readable copy alone while there is no data (or
 * data that is not JSON).
 *
 * @param array  $attributes The block's attributes.
 * @param string $content    The block's saved HTML: the readable copy.
 * @return string
 */
function essay_widgets_render_block( $attributes, $content ) {
	$data = isset( $attributes['data'] ) ? $attributes['data'] : '';
	if ( '' === $data || ! is_array( json_decode( $data, true ) ) ) {
		return wp_kses_post( $content );
	}
	wp_enqueue_script( 'essay-widgets' );
	return essay_widgets_embed_form( $data, $content );
}
