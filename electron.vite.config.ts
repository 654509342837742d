import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: { externalizeDeps: true }
  },
  preload: {
    // A sandboxed preload cannot require packages, so everything it uses is bundled in.
    build: { externalizeDeps: false }
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      rollupOptions: { input: resolve('src/renderer/index.html') },
      assetsInlineLimit: 0
    },
    plugins: [svelte()]
  }
});
