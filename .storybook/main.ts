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
  }),
};

export default config;
