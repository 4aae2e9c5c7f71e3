/** Build-time facts the studio is given by scripts/build-studio.mjs. */

/** The seed essay, embedded as text so that the studio works offline. */
declare module '*.md' {
  const text: string;
  export default text;
}

/** The released library the embed code loads: its version, and the SRI hashes of its CDN bundle and frame script. */
declare const __STUDIO_RELEASE__: import('./embed.js').Release;
