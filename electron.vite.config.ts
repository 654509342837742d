import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DEV_META_CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from './src/shared/csp';

/** Writes the one CSP (src/shared/csp.ts, its meta form) into index.html; the dev server gets the relaxed one Vite needs. */
function contentSecurityPolicy(): Plugin {
  let dev = false;
  return {
    name: 'briefing-csp',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml(html) {
      return html.replace('%BRIEFING_CSP%', dev ? DEV_META_CONTENT_SECURITY_POLICY : META_CONTENT_SECURITY_POLICY);
    }
  };
}

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
      assetsInlineLimit: 0,
      // Less to parse and compile on every start (electron-vite leaves the renderer unminified).
      minify: true,
      // pdf.js (the handout preview's ~1.3 MB worker code) is a chunk of its own, loaded only when a preview is drawn.
      chunkSizeWarningLimit: 1400
    },
    plugins: [svelte(), contentSecurityPolicy()]
  }
});
