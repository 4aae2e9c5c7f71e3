<?php
/**
 * The router of PHP's built-in server for the test site (site.mjs): the site's configuration
 * is /etc/wordpress/config-$ESSAY_WP_CONFIG.php; /wp-content/… is served from Debian's
 * /var/lib/wordpress (plugins, uploads), everything else from /usr/share/wordpress; an address
 * that is no file goes to WordPress (pretty permalinks).
 */

$_SERVER['WORDPRESS_CONFIG'] = getenv( 'ESSAY_WP_CONFIG' );
$path = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

const CONTENT = '/var/lib/wordpress/wp-content/';
const TYPES   = array(
	'js'    => 'text/javascript',
	'css'   => 'text/css',
	'json'  => 'application/json',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'jpg'   => 'image/jpeg',
	'woff2' => 'font/woff2',
);

if ( 0 === strpos( $path, '/wp-content/' ) ) {
	$file = realpath( '/var/lib/wordpress' . $path );
	if ( $file && 0 === strpos( $file, CONTENT ) && is_file( $file ) && ! preg_match( '/\.php$/', $file ) ) {
		$extension = pathinfo( $file, PATHINFO_EXTENSION );
		header( 'Content-Type: ' . ( TYPES[ $extension ] ?? 'application/octet-stream' ) );
		header( 'Content-Length: ' . filesize( $file ) );
		readfile( $file );
		return true;
	}
}

$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ( is_file( $file ) || is_file( rtrim( $file, '/' ) . '/index.php' ) ) {
	// A file, a script or a folder with its index.php: as the server serves it.
	return false;
}
chdir( $_SERVER['DOCUMENT_ROOT'] );
require 'index.php';
