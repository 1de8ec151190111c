// Vite build of the React client. The compiled GOV.UK and MOJ stylesheets refer to their fonts and
// icons as absolute /assets/... URLs; aliases resolve those to the packages' files so
// Vite fingerprints and emits them with the rest of the build (served from 'self' under the CSP).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const modules = path.resolve(root, '../node_modules');
const govukAssets = path.join(modules, 'govuk-frontend/dist/govuk/assets');
const mojAssets = path.join(modules, '@ministryofjustice/frontend/moj/assets');

// Vite resolves CSS url()s through aliases only. The GOV.UK stylesheet uses its fonts and the
// govuk-crest image; every other /assets/images/ icon comes from the MOJ stylesheet.
const frontendAssetAliases = [
  { find: /^\/assets\/fonts\/(.*)$/, replacement: `${govukAssets}/fonts/$1` },
  { find: /^\/assets\/images\/(govuk-.*)$/, replacement: `${govukAssets}/images/$1` },
  { find: /^\/assets\/images\/(.*)$/, replacement: `${mojAssets}/images/$1` },
];

const backend = 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  resolve: { alias: frontendAssetAliases },
  // GOV.UK Frontend's compiled CSS still carries an old-IE `@media screen\0` hack; drop it rather than fail.
  css: { lightningcss: { errorRecovery: true } },
  build: {
    // CLIENT_DIST is also where the server looks for the build (server/config.ts).
    outDir: process.env.CLIENT_DIST ? path.resolve(process.env.CLIENT_DIST) : path.join(root, 'dist'),
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
