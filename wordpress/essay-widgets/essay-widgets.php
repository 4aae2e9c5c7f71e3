<?php
/**
 * Plugin Name:       Essay Widgets
 * Plugin URI:        https://www.npmjs.com/package/essay-widgets
 * Description:       Essays and their widgets (pull quotes, principles, leader meetings, key points, timelines) in posts: a block and a shortcode, the essay elements allowed for every role, and the bundle loaded with its integrity value.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       essay-widgets
 *
 * @package EssayWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'ESSAY_WIDGETS_PLUGIN_FILE', __FILE__ );

require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/bundle.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/shortcode.php';
