import { defineConfig } from 'vitest/config';
import { crx } from '@crxjs/vite-plugin';
import { build, runnerImport, type Plugin, type ResolvedConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { ANNOTATOR_SCRIPT, CARD_SCRIPT } from './src/shared/injected-scripts.ts';

type Manifest = Parameters<typeof crx>[0]['manifest'];

/** The add-on's id on addons.mozilla.org; Firefox keys its storage and permissions on it. */
const GECKO_ID = 'evidence-lens@evidence-lens.example';

/**
 * `vite build --mode firefox`: Firefox MV3 has no service worker, so the same background module runs
 * as an event page, and the add-on needs a gecko id and its data-collection statement (none). Firefox
 * has a sidebar where Chrome has a side panel: the same page, opened by Firefox itself on the same
 * keys. With E2E=1 (the Firefox end-to-end build only, never packaged) the popup, options and sidebar
 * are also web-accessible to the test server, because WebDriver BiDi may not open moz-extension:// pages directly.
 */
function firefoxManifest(e2e: boolean): Manifest {
  const { background, side_panel: sidePanel, commands, permissions, ...rest } = manifest;
  return {
    ...rest,
    permissions: permissions.filter((p) => p !== 'sidePanel'),
    sidebar_action: { default_panel: sidePanel.default_path, default_title: manifest.name, default_icon: manifest.action.default_icon, open_at_install: false },
    commands: { _execute_sidebar_action: commands['open-panel'] },
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    },
    ...(e2e ? { web_accessible_resources: [{ resources: [manifest.action.default_popup, manifest.options_ui.page, sidePanel.default_path], matches: ['http://127.0.0.1/*'] }] } : {}),
  } as Manifest;
}

/**
 * Builds a script the background injects with `scripting.executeScript` as one self-contained
 * classic script. crxjs's own `?script` imports would list it as a web-accessible resource, which
 * lets any page probe for the extension; a file only the extension injects needs no such entry.
 */
function injectedScript(entry: string, fileName: string): Plugin {
  let parent: ResolvedConfig['build'];
  return {
    name: `evidence-lens:injected-script:${fileName}`,
    apply: 'build',
    configResolved(resolved) {
      parent = resolved.build;
    },
    async generateBundle() {
      const { minify, sourcemap, target } = parent;
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          minify,
          sourcemap,
          target,
          lib: { entry, formats: ['iife'], name: 'evidenceLens', fileName: () => fileName },
          rollupOptions: { output: { inlineDynamicImports: true } },
        },
      });
      for (const output of (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []))) {
        if (output.type !== 'chunk') continue;
        this.emitFile({ type: 'asset', fileName: output.fileName, source: output.code });
        if (output.map) this.emitFile({ type: 'asset', fileName: `${output.fileName}.map`, source: output.map.toString() });
      }
    },
  };
}

/** A knowledge base that does not validate fails the build, naming each bad entry, rather than every page at run time. */
function validKnowledgeBase(): Plugin {
  return {
    name: 'evidence-lens:valid-knowledge-base',
    apply: 'build',
    async buildStart() {
      try {
        // Loaded through Vite's module runner, as the extension's own code is, not bundled into this config.
        const { module } = await runnerImport<typeof import('./src/data/knowledge-base.ts')>('./src/data/knowledge-base.ts');
        module.loadKnowledgeBase();
      } catch (e) {
        this.error(e instanceof Error ? e.message : String(e));
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const e2e = firefox && process.env.E2E === '1';
  return {
    plugins: [
      validKnowledgeBase(),
      crx({
        manifest: firefox ? firefoxManifest(e2e) : (manifest as Manifest),
        ...(firefox ? { browser: 'firefox' as const } : {}),
        // One self-contained content script: no loader, so nothing is exposed as a web-accessible resource.
        contentScripts: { standaloneFiles: ['src/content/sentinel.ts'] },
      }),
      injectedScript(ANNOTATOR_SCRIPT.entry, ANNOTATOR_SCRIPT.file),
      injectedScript(CARD_SCRIPT.entry, CARD_SCRIPT.file),
    ],
    // An e2e build never lands where the store package is made from.
    build: {
      outDir: e2e ? 'dist-firefox-e2e' : firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // The background worker carries compromise and the knowledge base (about 700 KB) by design:
      // it loads once per browser session, off every page's main thread.
      chunkSizeWarningLimit: 1024,
      // crxjs builds the pages the Chrome manifest names, not Firefox's sidebar: the same page, named here.
      ...(firefox ? { rolldownOptions: { input: { sidebar: manifest.side_panel.default_path } } } : {}),
    },
    test: { include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['src/shared/english-messages.ts'] },
  };
});
