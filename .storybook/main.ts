import type { StorybookConfig } from '@storybook/web-components-vite';
import { customElementsManifest, storyData } from './vite-plugins.js';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  viteFinal: (vite) => ({
    ...vite,
    plugins: [...(vite.plugins ?? []), storyData(), customElementsManifest()],
    // Storybook's renderer imports this Lit module; pre-bundled with the rest of Lit, the dev
    // server loads one copy of Lit instead of two.
    optimizeDeps: {
      ...vite.optimizeDeps,
      include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
    // Storybook's own chunks are large and its plugins slow; saying so in every test run
    // tells nothing.
    logLevel: 'warn',
    build: {
      ...vite.build,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { ...vite.build?.rolldownOptions, checks: { pluginTimings: false } },
    },
  }),
};

export default config;
