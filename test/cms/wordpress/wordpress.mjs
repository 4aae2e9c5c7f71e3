// The real WordPress, from Debian's packages (wordpress, mariadb-server, php-cli), run from the
// command line by kses.php. A MariaDB server of its own (its data in the system's temporary
// folder, a socket and no network port) holds the site; it is set up the first time, started
// here, and stopped by `stop()`. /etc/wordpress/config-<name>.php points WordPress at it.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const INSTALL = 'apt-get install -y wordpress mariadb-server php-cli';

const MARIADBD = '/usr/sbin/mariadbd';
export const WP_LOAD = '/usr/share/wordpress/wp-load.php';

/** Fails with the command that installs what is missing. */
export function required(path) {
  if (!existsSync(path)) throw new Error(`${path} is missing: ${INSTALL}`);
  return path;
}

/** Resolves once `test` does, trying every 100 ms for `timeout` ms. */
export async function until(test, what, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await test()) return;
    if (Date.now() > deadline) throw new Error(`${what} within ${timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts the database server (setting it up if needed) unless it answers already, and
 * resolves with `{ socket, client(sql), id, stop() }`: `client` runs SQL as root, `id` names
 * this checkout (its database folder), `stop()` stops the server if it was started here.
 */
export async function startDatabase() {
  required(MARIADBD);
  // One database per checkout, so that two checkouts on a machine do not share one.
  const id = createHash('sha256').update(here).digest('hex').slice(0, 8);
  const base = join(tmpdir(), `essay-widgets-cms-${id}`);
  const datadir = join(base, 'mariadb');
  const socket = join(base, 'mariadb.sock');
  const installed = join(datadir, '.essay-widgets-installed');
  const client = (sql) =>
    run('mariadb', ['--no-defaults', `--socket=${socket}`, '-u', 'root', '-e', sql], { timeout: 10_000 });
  const answers = () =>
    client('SELECT 1').then(
      () => true,
      () => false,
    );

  let server;
  let exited;
  if (!(existsSync(socket) && (await answers()))) {
    if (!existsSync(installed)) {
      await rm(datadir, { recursive: true, force: true });
      await mkdir(base, { recursive: true });
      await run('mariadb-install-db', [
        '--no-defaults',
        `--datadir=${datadir}`,
        '--user=root',
        '--auth-root-authentication-method=socket',
        '--skip-test-db',
      ]);
      await writeFile(installed, '');
    }
    await rm(socket, { force: true });
    server = spawn(
      MARIADBD,
      [
        '--no-defaults',
        `--datadir=${datadir}`,
        `--socket=${socket}`,
        `--pid-file=${join(base, 'mariadb.pid')}`,
        `--log-error=${join(base, 'mariadb.err')}`,
        '--skip-networking',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=32M',
        '--user=root',
      ],
      { stdio: 'ignore' },
    );
    server.unref();
    exited = new Promise((resolve) => server.once('exit', resolve));
    process.once('exit', () => server.kill('SIGTERM'));
    await until(async () => {
      if (server.exitCode !== null) throw new Error(`mariadbd exited: see ${join(base, 'mariadb.err')}`);
      return existsSync(socket) && answers();
    }, 'MariaDB did not answer');
  }
  return {
    socket,
    client,
    id,
    /** Stops the database if it was started here. */
    async stop() {
      if (!server) return;
      // Held until it has exited (it does not keep the process alive otherwise).
      server.ref();
      server.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * Starts the database (setting it and the site up if needed) and resolves with
 * `filter(forms)`, which runs `{ name: html }` through kses.php (see there), and `stop()`.
 */
export async function startWordPress() {
  required(WP_LOAD);
  required('/usr/bin/php');
  const database = await startDatabase();
  const { client, socket, id } = database;
  await client(
    "CREATE DATABASE IF NOT EXISTS essay_widgets_cms; CREATE USER IF NOT EXISTS 'essay_widgets'@'localhost' IDENTIFIED BY 'essay-widgets'; GRANT ALL ON essay_widgets_cms.* TO 'essay_widgets'@'localhost';",
  );
  const name = `essay-widgets-cms-${id}`;
  const config = `<?php
// The site of essay-widgets' CMS test (test/cms/wordpress): its own MariaDB, on a socket.
define('DB_NAME', 'essay_widgets_cms');
define('DB_USER', 'essay_widgets');
define('DB_PASSWORD', 'essay-widgets');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', 'http://localhost');
define('WP_SITEURL', 'http://localhost');
`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const current = await readFile(configFile, 'utf8').catch(() => '');
  if (current !== config) await writeFile(configFile, config);
  const env = { ...process.env, ESSAY_WP_CONFIG: name };
  const kses = join(here, 'kses.php');
  await run('php', [kses, 'install'], { env, timeout: 60_000 });

  return {
    /** `{ author: { name: { stored, shown } }, 'author-plugin': … }` for `forms` (`{ name: html }`). */
    async filter(forms) {
      const child = spawn('php', [kses, 'filter'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
      });
      child.stderr.on('data', (chunk) => {
        err += chunk;
      });
      const code = new Promise((resolve) => child.on('close', resolve));
      child.stdin.end(JSON.stringify(forms));
      if ((await code) !== 0) throw new Error(`php kses.php filter: ${err || out}`);
      return JSON.parse(out);
    },
    /** Stops the database if it was started here. */
    stop: () => database.stop(),
  };
}
