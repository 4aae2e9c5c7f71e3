/** The code an editor pastes into a CMS: the library's CDN script, then the element with its data inline. */

/** The library's CDN bundle, at the version the studio was built with. */
export function cdnUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/essay-widgets@${version}/dist/essay-widgets.js`;
}

/**
 * JSON that is safe inside `<script type="application/json">`: every `<` is written `\u003c`,
 * so neither `</script>` nor `<!--` in the data can end the script or change how it is read.
 * JSON.parse reads the escape back as the same character.
 */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data, null, 2).replace(/</g, '\\u003c');
}

/** The embed code for `tag` holding `data`. */
export function embedCode(
  tag: string,
  data: unknown,
  release: { version: string; integrity: string },
): string {
  const script = `<script type="module" src="${cdnUrl(release.version)}" integrity="${release.integrity}" crossorigin="anonymous"></script>`;
  const json = scriptSafeJson(data);
  return `${script}\n<${tag}>\n<script type="application/json">\n${json}\n</script>\n</${tag}>\n`;
}
