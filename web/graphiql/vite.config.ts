// Builds the page into dist/, which is committed and embedded in the server binary
// (api/src/http/assets.rs). The build must be reproducible: CI rebuilds it from the lock file
// and fails if it differs from what is committed.
import { defineConfig } from 'vite';

export default defineConfig({
  // Hashed assets are served from /assets/ with a year-long cache; index.html is not hashed.
  base: '/',
  // The examples come from tests/golden, outside this folder.
  server: { fs: { allow: ['../..'] } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // Inline nothing but tiny files: the fonts in GraphiQL's stylesheet stay data: URLs.
    assetsInlineLimit: 4096,
    // GraphiQL with CodeMirror and React is one ~1 MB chunk; that is expected, not a warning.
    chunkSizeWarningLimit: 2000,
    modulePreload: { polyfill: false },
    // GraphiQL imports its CodeMirror add-ons lazily but needs them all at start: one file
    // instead of thirty round trips and thirty names to keep in the binary.
    rollupOptions: {
      output: { inlineDynamicImports: true },
      onwarn(warning, warn) {
        // React libraries mark modules "use client" for server components; a plain page has
        // none, and Rollup dropping the marker is expected, not worth a hundred warnings.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
