<?php
/**
 * The shortcode, for the classic editor:
 *
 *   [essay_widgets src="https://example.com/essay.json"]
 *   [essay_widgets]{"title": "…", "body": […]}[/essay_widgets]
 *
 * The first loads the essay's JSON from `src` (in the reader's browser, so it needs CORS from
 * another origin); the second holds it in the post. Either becomes the element with the bundle
 * loaded. WordPress hosts cannot make the readable copy (it is the library's, in JavaScript),
 * so readers without JavaScript and feeds get none: the Essay block, or the embed code that
 * `essay-widgets render --embed` writes, carries it.
 *
 * @package EssayWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The JSON between the shortcode's tags, as the classic editor and WordPress left it: the
 * paragraphs and line breaks wpautop added and the character references kses wrote removed.
 * Decoded, or `null` if it is not a JSON object.
 *
 * @param string $content The shortcode's content.
 * @return array|null
 */
function essay_widgets_shortcode_data( $content ) {
	$json = preg_replace( '#</?p>|<br\s*/?>#i', '', $content );
	$data = json_decode( html_entity_decode( $json, ENT_QUOTES | ENT_HTML5, 'UTF-8' ), true );
	return is_array( $data ) ? $data : null;
}

/**
 * Renders `[essay_widgets]`.
 *
 * @param array|string $atts    The shortcode's attributes.
 * @param string|null  $content What it encloses.
 * @return string
 */
function essay_widgets_shortcode( $atts, $content = null ) {
	$atts = shortcode_atts( array( 'src' => '' ), $atts, 'essay_widgets' );
	if ( '' !== $atts['src'] ) {
		wp_enqueue_script( 'essay-widgets' );
		return sprintf( '<essay-article src="%s"></essay-article>', esc_url( $atts['src'] ) );
	}
	$data = essay_widgets_shortcode_data( (string) $content );
	if ( null === $data ) {
		return '';
	}
	wp_enqueue_script( 'essay-widgets' );
	$json = wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	return sprintf( '<essay-article data-json="%s"></essay-article>', esc_attr( $json ) );
}
add_shortcode( 'essay_widgets', 'essay_widgets_shortcode' );

/**
 * The shortcode's JSON keeps its straight quotation marks (wptexturize would curl them).
 *
 * @param string[] $shortcodes Shortcodes whose content wptexturize leaves.
 * @return string[]
 */
function essay_widgets_no_texturize( $shortcodes ) {
	$shortcodes[] = 'essay_widgets';
	return $shortcodes;
}
add_filter( 'no_texturize_shortcodes', 'essay_widgets_no_texturize' );
