<?php
/**
 * What the block's editor script needs: WordPress's editor packages, the bundle (for the
 * preview and the readable copy) and the Essay Markdown reader (build/markdown.js).
 *
 * @package EssayWidgets
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'essay-widgets', 'essay-widgets-markdown' ),
	'version'      => filemtime( __DIR__ . '/editor.js' ),
);
