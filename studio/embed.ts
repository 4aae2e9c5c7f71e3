/** The code an editor pastes into a CMS: the library's CDN script, then the element with its data inline. */
import { scriptJson } from '../src/core/script-json.js';

/** The library's CDN bundle, at the version the studio was built with. */
export function cdnUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/essay-widgets@${version}/dist/essay-widgets.js`;
}

/** The embed code for `tag` holding `data`. */
export function embedCode(
  tag: string,
  data: unknown,
  release: { version: string; integrity: string },
): string {
  const script = `<script type="module" src="${cdnUrl(release.version)}" integrity="${release.integrity}" crossorigin="anonymous"></script>`;
  const json = scriptJson(data, 2);
  return `${script}\n<${tag}>\n<script type="application/json">\n${json}\n</script>\n</${tag}>\n`;
}
