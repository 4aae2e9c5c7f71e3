declare module 'virtual:custom-elements-manifest' {
  /** The Custom Elements Manifest, in the shape the stories read (see manifest.ts). */
  const manifest: {
    schemaVersion: string;
    modules: { path: string; declarations?: import('./manifest.js').Declaration[] }[];
  };
  export default manifest;
}
