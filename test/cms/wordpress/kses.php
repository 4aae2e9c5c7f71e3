<?php
/**
 * The real WordPress (Debian's package) from the command line, for test/node/cms.test.mjs.
 *
 *   php kses.php install   installs the site and an Author once (nothing to do the next time)
 *   php kses.php filter    reads {"name": "html", …} on standard input, saves each as a post of
 *                          the Author in a Custom HTML block, and writes what WordPress stored
 *                          and what it shows (the_content) as JSON: as WordPress comes
 *                          (`author`), with the elements allowed but not their data-json
 *                          (`author-elements-only`), and with the essay elements and their
 *                          attributes allowed (`author-plugin`, the WordPress plugin's includes/kses.php).
 *
 * The site's configuration is /etc/wordpress/config-$ESSAY_WP_CONFIG.php (Debian's wp-config.php
 * picks it by WORDPRESS_CONFIG); the test writes it.
 */

$command = $argv[1] ?? '';
if ( ! in_array( $command, array( 'install', 'filter' ), true ) ) {
	fwrite( STDERR, "usage: php kses.php install|filter\n" );
	exit( 2 );
}

$_SERVER['WORDPRESS_CONFIG'] = getenv( 'ESSAY_WP_CONFIG' );
$_SERVER['HTTP_HOST']        = 'localhost';
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['SERVER_NAME']      = 'localhost';

const AUTHOR = 'essay-author';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
	require '/usr/share/wordpress/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	if ( ! is_blog_installed() ) {
		wp_install( 'Essay widgets CMS test', 'admin', 'admin@example.com', false, '', wp_generate_password() );
	}
	if ( ! get_user_by( 'login', AUTHOR ) ) {
		$id = wp_insert_user(
			array(
				'user_login' => AUTHOR,
				'user_pass'  => wp_generate_password(),
				'user_email' => 'author@example.com',
				'role'       => 'author',
			)
		);
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, $id->get_error_message() . "\n" );
			exit( 1 );
		}
	}
	exit( 0 );
}

require '/usr/share/wordpress/wp-load.php';

$author = get_user_by( 'login', AUTHOR );
if ( ! $author ) {
	fwrite( STDERR, "no Author: run php kses.php install first\n" );
	exit( 1 );
}
// As the Author: no unfiltered_html, so kses filters what is saved (kses_init on set_current_user).
wp_set_current_user( $author->ID );
if ( current_user_can( 'unfiltered_html' ) ) {
	fwrite( STDERR, "the Author may post unfiltered HTML: kses would not run\n" );
	exit( 1 );
}

$forms = json_decode( stream_get_contents( STDIN ), true );
if ( ! is_array( $forms ) ) {
	fwrite( STDERR, "standard input: expected a JSON object of HTML strings\n" );
	exit( 1 );
}

/** Saves `$html` as the Author's post in a Custom HTML block; returns what was stored and what a reader gets. */
function essay_widgets_post( $html ) {
	$id = wp_insert_post(
		array(
			'post_author'  => get_current_user_id(),
			'post_title'   => 'Embed',
			'post_status'  => 'publish',
			// wp_insert_post takes slashed data, as a form or the REST API gives it.
			'post_content' => wp_slash( "<!-- wp:html -->\n" . $html . "\n<!-- /wp:html -->" ),
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	$stored = get_post( $id )->post_content;
	$shown  = apply_filters( 'the_content', $stored );
	wp_delete_post( $id, true );
	return array(
		'stored' => $stored,
		'shown'  => $shown,
	);
}

$out = array(
	'author'                => array(),
	'author-elements-only'  => array(),
	'author-plugin'         => array(),
);
foreach ( $forms as $name => $html ) {
	$out['author'][ $name ] = essay_widgets_post( $html );
}
// A filter that allows the elements but not data-json (as one that lists the attributes of the
// light-DOM form only would): kses keeps each element and drops its data.
$elements_only = function ( $allowed, $context ) {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	foreach ( array( 'essay-article', 'pull-quote' ) as $tag ) {
		$allowed[ $tag ] = array(
			'speaker'     => true,
			'affiliation' => true,
			'date'        => true,
			'lang'        => true,
		);
	}
	return $allowed;
};
add_filter( 'wp_kses_allowed_html', $elements_only, 10, 2 );
foreach ( $forms as $name => $html ) {
	$out['author-elements-only'][ $name ] = essay_widgets_post( $html );
}
remove_filter( 'wp_kses_allowed_html', $elements_only, 10 );
// What the WordPress plugin allows (wordpress/essay-widgets; its build/ is made by `npm run build`).
require dirname( __DIR__, 3 ) . '/wordpress/essay-widgets/includes/kses.php';
foreach ( $forms as $name => $html ) {
	$out['author-plugin'][ $name ] = essay_widgets_post( $html );
}
echo json_encode( $out );
