// Serves React, which is published as CommonJS, to test pages as ES modules: one bundle
// holds react and react-dom so that both use the same React, and a small module per
// import path re-exports that package's names from it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Import path → the bundle's export holding that package. */
const PACKAGES = {
  react: 'React',
  'react-dom': 'ReactDOM',
  'react-dom/client': 'ReactDOMClient',
  'react/jsx-runtime': 'JSXRuntime',
};

async function bundle() {
  const imports = Object.entries(PACKAGES).map(([path, name]) => `import ${name} from '${path}';`);
  const result = await build({
    stdin: {
      contents: `${imports.join('\n')}\nexport { ${Object.values(PACKAGES).join(', ')} };`,
      resolveDir: root,
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** The names a CommonJS package exports (read in a separate process: React patches the console as it loads). */
function exportNames(path) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(path)}))))`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }));
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function reactPlugin() {
  let built;
  return {
    name: 'react-as-esm',
    resolveImport({ source }) {
      return source in PACKAGES ? `/__react/${source}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith('/__react/')) return undefined;
      const path = context.path.slice('/__react/'.length, -'.js'.length);
      if (path === 'bundle') return { body: await (built ??= bundle()), type: 'js' };
      const name = PACKAGES[path];
      if (!name) return undefined;
      const names = exportNames(path).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key));
      return {
        body: `import { ${name} } from '/__react/bundle.js';\nexport default ${name};\nexport const { ${names.join(', ')} } = ${name};\n`,
        type: 'js',
      };
    },
  };
}
