// Vite build of the React client. The compiled GOV.UK and MOJ stylesheets refer to their fonts and
// icons as absolute /assets/... URLs; `frontendAssets` resolves those to the packages' files so
// Vite fingerprints and emits them with the rest of the build (served from 'self' under the CSP).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const modules = path.resolve(root, '../node_modules');
const assetFolders = [
  path.join(modules, 'govuk-frontend/dist/govuk/assets'),
  path.join(modules, '@ministryofjustice/frontend/moj/assets'),
];

function frontendAssets(): Plugin {
  return {
    name: 'roundtable-frontend-assets',
    enforce: 'pre',
    resolveId(id) {
      if (!id.startsWith('/assets/')) return null;
      const relative = id.slice('/assets/'.length).split(/[?#]/)[0];
      for (const folder of assetFolders) {
        const file = path.join(folder, relative);
        if (existsSync(file)) return file;
      }
      return null;
    },
  };
}

const backend = 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [frontendAssets(), react()],
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    // Fonts and icons are small; emitting them as files keeps them cacheable and CSP-friendly.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/api': backend,
      '/yjs': { target: backend, ws: true },
      '/socket.io': { target: backend, ws: true },
    },
  },
});
