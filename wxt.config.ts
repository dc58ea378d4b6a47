import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DEMO_SITE_MATCHES } from './lib/sites';

// Permissions: docs/adr/0001-where-caravan-runs.md says why these and no more.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Builds of any mode (`--mode demo` too) get production JSX and no devtools hooks: development JSX tags every
  // element with its source position, which the popup pays for on each render. `wxt` (dev server) keeps them.
  vite: ({ command }) =>
    command === 'build'
      ? { plugins: [preact({ devToolsEnabled: false })], oxc: { jsx: { development: false } } }
      : { plugins: [preact()] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'next-figure': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commandNextFigure__',
      },
      'previous-figure': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPreviousFigure__',
      },
      'save-to-reading-list': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveToList__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'caravan@caravan-extension.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // `--mode demo` builds also run on the bundled demo news site, so `npm start` needs no manual step.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'demo') return;
      for (const script of manifest.content_scripts ?? [])
        script.matches = [...(script.matches ?? []), ...DEMO_SITE_MATCHES];
    },
  },
});
