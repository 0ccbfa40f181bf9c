import { defineConfig } from 'vitest/config';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [
    crx({
      manifest: manifest as Parameters<typeof crx>[0]['manifest'],
      // One self-contained content script: no loader, so nothing is exposed as a web-accessible resource.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node' },
});
