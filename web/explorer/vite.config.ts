// Builds the explorer into dist/, which is committed and embedded in the server binary
// (api/build.rs, api/src/http/assets.rs). The build must be reproducible: CI rebuilds it from
// the lock file and fails if it differs from what is committed.
import { defineConfig } from 'vite';

export default defineConfig({
  // Served at /explore: its hashed files under /explore/assets/, apart from GraphiQL's /assets/.
  base: '/explore/',
  // The typed operations come from the frontend kit, examples/src/generated, outside this folder.
  server: { fs: { allow: ['../..'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // The world's outline stays its own file, fetched from this server, not inlined.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
