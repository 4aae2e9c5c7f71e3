<?php
/**
 * Loads the essay-widgets bundle: a JavaScript module, pinned by its integrity value, from the
 * CDN (unpkg, at the version the plugin was built with) or from the copy the plugin ships.
 *
 * Where it comes from is `ESSAY_WIDGETS_BUNDLE` (a constant in wp-config.php) or else the
 * option `essay_widgets_bundle`: `cdn` (the default), `local` (the plugin's copy), or the URL
 * of a copy of the same file elsewhere (your own CDN). The integrity value is that of the
 * built file, so a copy elsewhere must be that very file.
 *
 * @package EssayWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The version of essay-widgets the plugin was built with and its bundle's integrity value,
 * from the package's dist/manifest.json (build/release.php, made by the build).
 *
 * @return array{version: string, integrity: string}
 */
function essay_widgets_release() {
	static $release = null;
	if ( null === $release ) {
		$release = require dirname( __DIR__ ) . '/build/release.php';
	}
	return $release;
}

/**
 * The bundle's URL, as the constant or the option chooses.
 *
 * @return string
 */
function essay_widgets_bundle_url() {
	$choice = defined( 'ESSAY_WIDGETS_BUNDLE' ) ? ESSAY_WIDGETS_BUNDLE : get_option( 'essay_widgets_bundle', 'cdn' );
	if ( 'local' === $choice ) {
		return plugins_url( 'build/essay-widgets.js', ESSAY_WIDGETS_PLUGIN_FILE );
	}
	if ( is_string( $choice ) && wp_http_validate_url( $choice ) ) {
		return $choice;
	}
	return 'https://unpkg.com/essay-widgets@' . essay_widgets_release()['version'] . '/dist/essay-widgets.js';
}

/** Registers the bundle (enqueued where an essay is shown). */
function essay_widgets_register_bundle() {
	// No version query: the integrity value pins the file, and the CDN URL holds the version.
	wp_register_script( 'essay-widgets', essay_widgets_bundle_url(), array(), null, true );
}
add_action( 'init', 'essay_widgets_register_bundle' );

/**
 * WordPress 6.1 writes classic scripts only: the bundle's tag becomes a module with its
 * integrity value (a module is deferred, so where it is printed does not block the page).
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 * @param string $src    The script's URL.
 * @return string
 */
function essay_widgets_script_tag( $tag, $handle, $src ) {
	if ( 'essay-widgets' !== $handle ) {
		return $tag;
	}
	return sprintf(
		'<script type="module" src="%s" integrity="%s" crossorigin="anonymous"></script>' . "\n",
		esc_url( $src ),
		esc_attr( essay_widgets_release()['integrity'] ),
	);
}
add_filter( 'script_loader_tag', 'essay_widgets_script_tag', 10, 3 );

/**
 * Whether `$html` holds an essay element.
 *
 * @param string $html HTML.
 * @return bool
 */
function essay_widgets_has_element( $html ) {
	return (bool) preg_match( '/<(' . implode( '|', array_keys( essay_widgets_allowed_elements() ) ) . ')[\s>]/', $html );
}

/**
 * In a post that shows an essay element (pasted embed code, the block, the shortcode), loads
 * the bundle once, and drops the bundle's script tags pasted with an embed code: the plugin
 * loads it already, and a second copy, maybe of another version, would define the elements
 * again. (Only an editor with `unfiltered_html` can have saved such a tag.)
 *
 * @param string $content The post's content.
 * @return string
 */
function essay_widgets_content( $content ) {
	if ( ! essay_widgets_has_element( $content ) ) {
		return $content;
	}
	wp_enqueue_script( 'essay-widgets' );
	return preg_replace(
		'#<script\b[^>]*\ssrc=["\']https://unpkg\.com/essay-widgets@[^"\'/]+/dist/essay-widgets\.js["\'][^>]*>\s*</script>\s*#',
		'',
		$content
	);
}
// After blocks and shortcodes (priority 9 and 11) have made their HTML.
add_filter( 'the_content', 'essay_widgets_content', 20 );
