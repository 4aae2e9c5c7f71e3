<?php
/**
 * Sets up the test site (site.mjs) from the command line:
 *
 *   php site.php install   installs the site once, with pretty permalinks, a Contributor, an
 *                          Author and an Administrator; writes {"contributor": {"user",
 *                          "password"}, "author": …, "administrator": …}
 *                          with a new application password for each, and
 *                          "login", a new password for the login form
 *
 * The site's configuration is /etc/wordpress/config-$ESSAY_WP_CONFIG.php (site.mjs writes it).
 */

if ( 'install' !== ( $argv[1] ?? '' ) ) {
	fwrite( STDERR, "usage: php site.php install\n" );
	exit( 2 );
}

$_SERVER['WORDPRESS_CONFIG'] = getenv( 'ESSAY_WP_CONFIG' );
$_SERVER['HTTP_HOST']        = 'localhost';
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['SERVER_NAME']      = 'localhost';

define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

if ( ! is_blog_installed() ) {
	wp_install( 'Essay widgets on WordPress', 'admin', 'admin@example.com', false, '', wp_generate_password() );
}
update_option( 'permalink_structure', '/%year%/%postname%/' );
// Every post in the feed in full, however many the test made.
update_option( 'rss_use_excerpt', 0 );
update_option( 'posts_per_rss', 50 );

$out = array();
foreach ( array(
	'contributor'   => 'essay-contributor',
	'author'        => 'essay-author',
	'administrator' => 'admin',
) as $role => $login ) {
	$user = get_user_by( 'login', $login );
	if ( ! $user ) {
		$id = wp_insert_user(
			array(
				'user_login' => $login,
				'user_pass'  => wp_generate_password(),
				'user_email' => $login . '@example.com',
				'role'       => $role,
			)
		);
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, $id->get_error_message() . "\n" );
			exit( 1 );
		}
		$user = get_user_by( 'id', $id );
	}
	WP_Application_Passwords::delete_all_application_passwords( $user->ID );
	$created = WP_Application_Passwords::create_new_application_password( $user->ID, array( 'name' => 'test' ) );
	if ( is_wp_error( $created ) ) {
		fwrite( STDERR, $created->get_error_message() . "\n" );
		exit( 1 );
	}
	$login_password = wp_generate_password( 24, false );
	wp_set_password( $login_password, $user->ID );
	$out[ $role ] = array(
		'user'     => $login,
		'password' => $created[0],
		'login'    => $login_password,
	);
}
echo json_encode( $out );
