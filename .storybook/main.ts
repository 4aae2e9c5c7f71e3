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
    // Storybook's own chunks are large; a list of them in every test run says nothing.
    logLevel: 'warn',
    build: { ...vite.build, chunkSizeWarningLimit: 2000 },
  }),
};

export default config;
