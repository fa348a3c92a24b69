/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocumentsPerModule } from './build/graphql-documents.mts';
import { kernCssPurge } from './build/kern-css.mts';
import { precompress } from './build/precompress.mts';
import { preloadStart } from './build/preload-start.mts';
import { routePreloads } from './build/route-preloads.mts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  cacheDir: `${workspaceRoot}node_modules/.vite/apps/web`,
  plugins: [
    react(),
    graphqlDocumentsPerModule(`${webRoot}src/gql/`),
    kernCssPurge(webRoot),
    preloadStart(`${webRoot}src/app/start.tsx`),
    routePreloads(`${webRoot}src/app/routes.tsx`, `${webRoot}src/app/start.tsx`, { '@/': `${webRoot}src/` }),
    precompress(),
  ],
  resolve: {
    alias: [
      { find: '@forum/shared', replacement: `${workspaceRoot}libs/shared/src/index.ts` },
      // `@/…` is apps/web/src (as in tsconfig.json's paths): imports that leave a feature name where they go.
      { find: /^@\//, replacement: `${webRoot}src/` },
    ],
  },
  server: {
    port: 4200,
    strictPort: true,
    host: 'localhost',
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false },
      '/socket.io': { target: apiTarget, ws: true, changeOrigin: false },
      '/health': { target: apiTarget },
      '/report.csv': { target: apiTarget },
      '/me/export.json': { target: apiTarget },
      '/me/export.html': { target: apiTarget },
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: `${workspaceRoot}dist/apps/web`,
    emptyOutDir: true,
    sourcemap: true,
    reportCompressedSize: true,
    rolldownOptions: {
      // The app's start module is an entry of its own: it is preloaded by index.html and evaluated after the
      // first paint (src/main.tsx), and its static imports are the `$initial` modules grouped below.
      input: { index: `${webRoot}index.html`, start: `${webRoot}src/app/start.tsx` },
      output: {
        codeSplitting: {
          groups: [
            // Vite's preload helper and polyfill, used by the entry too: not in the app chunk the entry loads later.
            { name: 'vite', test: /^\0vite\//, priority: 3 },
            // What every page needs (React, Apollo, the router, i18n, the layout) in one chunk besides the entry.
            {
              name: 'app',
              tags: ['$initial'],
              // Not the entry and its stylesheets: a tiny chunk that paints before the app runs.
              test: (id) => !/[\\/](index\.html|main\.tsx)$|\.css$/.test(id),
              priority: 2,
            },
            // Components and hooks that several lazy pages share, in one chunk rather than dozens of 1 KB requests.
            { name: 'common', minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    root: webRoot,
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    // build/: the first-load budget of the production build (builds it once, in a temporary folder).
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.mts'],
    css: false,
    restoreMocks: true,
    // Component tests render whole pages; on a busy 2-core CI machine 5 s is too tight.
    testTimeout: 20_000,
  },
});
