/**
 * JSON written as the text of a `<script>` element (`application/json` or `application/ld+json`).
 *
 * A script's text is raw text for the HTML parser: nothing in it is escaped when a live page is
 * serialized (`outerHTML`, "save page as", a prerender service, a CMS that stores the rendered
 * HTML). So `</script>` inside a value would end the element in the saved copy, and what follows
 * would run as markup for every later reader; `<!--` would change how the rest is read. Every
 * `<`, `>` and `&` is written as a JSON escape (`\u003c`), and so are U+2028 and U+2029, which
 * older JavaScript parsers take for line ends. `JSON.parse` reads each escape back as the same
 * character, so the data is unchanged.
 *
 * The one way the library, its server renderer and the studio write JSON into a script.
 */
export function scriptJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(
    /[<>&\u2028\u2029]/g,
    (character) =>
      // (Four hex digits: every matched character is below U+10000.)
      `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
