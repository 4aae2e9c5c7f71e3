// A real WordPress site over HTTP, for the tests: Debian's WordPress on its own database (the
// MariaDB server of test/cms/wordpress/wordpress.mjs), served by PHP's built-in server on a free
// port, with the essay-widgets plugin installed (wordpress/essay-widgets, built by
// `npm run build`), a Contributor, an Author and an Administrator who post through the REST API.
//
//   const site = await startSite();
//   await site.activatePlugin();
//   const { id, link } = await site.post({ role: 'author', content: '<!-- wp:html -->…<!-- /wp:html -->' });
//   await site.stop();
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from '../../scripts/engines.mjs';
import { WP_LOAD, required, startDatabase, until } from '../cms/wordpress/wordpress.mjs';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const PLUGIN = join(root, 'wordpress/essay-widgets');
const CONTENT = '/var/lib/wordpress/wp-content';
const PLUGIN_FILE = 'essay-widgets/essay-widgets';

/**
 * Starts the site. `bundle` is where the plugin loads the bundle from (`ESSAY_WIDGETS_BUNDLE`):
 * `local` (the plugin's copy, served by the site) by default, as the machine may be offline.
 * Resolves with `url`, `post({ role, content, title })` → `{ id, link }`, `rest(role, path,
 * init)` (the REST API as `contributor`, `author` or `administrator`), `login(role)` → `{ user,
 * password }` for the login form, `upload(name, text)` →
 * its address, `activatePlugin()`, `deactivatePlugin()` and `stop()`. The plugin starts inactive.
 */
export async function startSite({ bundle = 'local' } = {}) {
  required(WP_LOAD);
  required('/usr/bin/php');
  if (!existsSync(join(PLUGIN, 'build/release.php'))) {
    throw new Error('wordpress/essay-widgets/build/ is missing: run `npm run build` first');
  }
  const database = await startDatabase();
  await database.client(
    "CREATE DATABASE IF NOT EXISTS essay_widgets_site; CREATE USER IF NOT EXISTS 'essay_widgets'@'localhost' IDENTIFIED BY 'essay-widgets'; GRANT ALL ON essay_widgets_site.* TO 'essay_widgets'@'localhost';",
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const name = `essay-widgets-site-${database.id}`;
  await writeFile(
    `/etc/wordpress/config-${name}.php`,
    `<?php
// The site of essay-widgets' WordPress tests (test/wordpress/site.mjs): its own database, on a socket.
define('DB_NAME', 'essay_widgets_site');
define('DB_USER', 'essay_widgets');
define('DB_PASSWORD', 'essay-widgets');
define('DB_HOST', 'localhost:${database.socket}');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
// Application passwords over plain http.
define('WP_ENVIRONMENT_TYPE', 'local');
// Offline, and one server: no requests to wordpress.org, no cron requests to itself.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('ESSAY_WIDGETS_BUNDLE', ${JSON.stringify(bundle)});
define('ESSAY_WIDGETS_TEST_SITE', true);
`,
  );
  const env = { ...process.env, ESSAY_WP_CONFIG: name };

  // The plugin as a site installs it (a copy of the folder), and the page's console recorder.
  await rm(join(CONTENT, 'plugins/essay-widgets'), { recursive: true, force: true });
  await cp(PLUGIN, join(CONTENT, 'plugins/essay-widgets'), { recursive: true });
  await mkdir(join(CONTENT, 'mu-plugins'), { recursive: true });
  await cp(join(here, 'console.php'), join(CONTENT, 'mu-plugins/essay-widgets-test-console.php'));

  const { stdout } = await run('php', [join(here, 'site.php'), 'install'], { env, timeout: 60_000 });
  const users = JSON.parse(stdout);

  // Workers, so that browsers may load pages side by side.
  const server = spawn(
    'php',
    ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', join(here, 'router.php')],
    { env: { ...env, PHP_CLI_SERVER_WORKERS: '4' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  server.stderr.on('data', (chunk) => {
    // Only the end matters: what went wrong last.
    log = (log + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.once('exit', () => server.kill('SIGTERM'));
  await until(async () => {
    if (server.exitCode !== null) throw new Error(`php -S exited: ${log}`);
    return fetch(`${url}/wp-json/`).then(
      (response) => response.ok,
      () => false,
    );
  }, `WordPress did not answer on ${url}`);

  /** The REST API as `role`; resolves with the JSON answer, or fails with it. */
  const rest = async (role, path, { method = 'GET', body } = {}) => {
    const { user, password } = users[role];
    const response = await fetch(`${url}/wp-json${path}`, {
      method,
      headers: {
        authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const answer = await response.json();
    if (!response.ok)
      throw new Error(`${method} ${path} as ${role}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  };
  const setPlugin = (status) =>
    rest('administrator', `/wp/v2/plugins/${PLUGIN_FILE}`, { method: 'POST', body: { status } });

  await setPlugin('inactive');
  return {
    url,
    rest,
    login: (role) => ({ user: users[role].user, password: users[role].login }),
    /**
     * Publishes a post of `role` with `content` (block markup, or a classic editor's HTML). A
     * Contributor may not publish: the post is submitted for review, and an Administrator
     * publishes it as it was saved.
     */
    async post({ role, content, title = 'An essay' }) {
      const status = role === 'contributor' ? 'pending' : 'publish';
      const { id, link } = await rest(role, '/wp/v2/posts', {
        method: 'POST',
        body: { title, content, status },
      });
      if (status === 'publish') return { id, link };
      const published = await rest('administrator', `/wp/v2/posts/${id}`, {
        method: 'POST',
        body: { status: 'publish' },
      });
      return { id, link: published.link };
    },
    /** Puts `text` in the site's uploads as `name`; resolves with its address. */
    async upload(name, text) {
      await mkdir(join(CONTENT, 'uploads/essay-widgets-test'), { recursive: true });
      await writeFile(join(CONTENT, 'uploads/essay-widgets-test', name), text);
      return `${url}/wp-content/uploads/essay-widgets-test/${name}`;
    },
    activatePlugin: () => setPlugin('active'),
    deactivatePlugin: () => setPlugin('inactive'),
    /** The server's last words, for a failure's message. */
    log: () => log,
    async stop() {
      server.kill('SIGTERM');
      await exited;
      await database.stop();
    },
  };
}

/** Reads `path` of the plugin's build (`release.php` and so on), for a test's expectations. */
export const pluginBuildFile = (path) => readFile(join(PLUGIN, 'build', path), 'utf8');
