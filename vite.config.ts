/**
 * Builds the extension for Chrome/Edge (dist/chrome) and Firefox (dist/firefox) with plain Vite 8:
 *  - `pages`: options, welcome (Preact) and the background service worker, as ES modules; `popup` alone (one
 *    file before its first paint, the rest loaded after);
 *  - `content` and `nativeDialogs`: each content script as ONE classic IIFE file with no imports, because MV3
 *    content scripts are classic scripts and a loader would need web_accessible_resources (pages could then
 *    detect the extension). Vite refuses IIFE with several entries, hence one environment per script;
 *  - `hint`: the hint's code (hint.js), a classic file too, which the background injects into a frame when it
 *    first shows a hint there (src/content/hint-ui.ts), so content.js stays small; `fill`: the popup's fill and
 *    network-probe answers (fill.js), added to a tab on the popup's click (src/background/fill-code.ts).
 * After the three builds, `buildApp` fills the content-script matches from the portal registry (the one
 * source of truth for hosts), writes dist/chrome/manifest.json, and copies the build to dist/firefox with the
 * manifest transformed for Firefox. Hand-written because no maintained plugin does this without a loader or WAR.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type BuildEnvironmentOptions, type Plugin } from 'vite';
import { chromeManifest, firefoxManifest } from './scripts/manifest';
import { privacyPage } from './scripts/privacy-page';
import { contentScriptMatches } from './src/core/portals';

const root = import.meta.dirname;
const chromeDir = resolve(root, 'dist/chrome');
const firefoxDir = resolve(root, 'dist/firefox');

function classicScript(entry: string, fileName: string): BuildEnvironmentOptions {
  return {
    outDir: chromeDir,
    emptyOutDir: false,
    copyPublicDir: false,
    // terser with three compress passes: the content script has a size budget (README "Performance"), and on it
    // this packs about 1 % smaller (gzip) than the default minifier; only safe transforms are turned on
    minify: 'terser',
    terserOptions: { ecma: 2020, toplevel: true, compress: { passes: 3 } },
    target: 'chrome111',
    lib: { entry: resolve(root, entry), formats: ['iife'], name: 'loginAssistant', fileName: () => fileName },
    rolldownOptions: { output: { codeSplitting: false } },
  };
}

/**
 * The popup's style sheet, written into popup.html as a <style> element: one request less before its first paint,
 * and its script no longer waits for a sheet still on its way (MV3's default policy for extension pages limits
 * scripts, not styles, in Chromium and Firefox). The other pages keep the shared file.
 */
function inlinePopupStyles(): Plugin {
  return {
    name: 'inline-popup-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, filename }) {
        if (!filename.endsWith('popup.html')) return html;
        return html.replace(/<link rel="stylesheet"[^>]* href="\/(assets\/[^"]+\.css)">/g, (tag, file: string) => {
          const sheet = bundle?.[file];
          if (sheet?.type !== 'asset') return tag;
          delete bundle![file];
          return `<style>${String(sheet.source)}</style>`;
        });
      },
    },
  };
}

export default defineConfig({
  plugins: [inlinePopupStyles()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  publicDir: resolve(root, 'public'),
  environments: {
    pages: {
      consumer: 'client',
      build: {
        outDir: chromeDir,
        emptyOutDir: true,
        target: 'chrome111',
        // every script a page starts with is fetched at once (link rel=modulepreload), not chunk after chunk; no
        // polyfill: Chromium and Firefox have modulepreload natively
        modulePreload: { polyfill: false },
        rolldownOptions: {
          input: {
            options: resolve(root, 'options.html'),
            offscreen: resolve(root, 'offscreen.html'),
            welcome: resolve(root, 'welcome.html'),
            background: resolve(root, 'src/background/index.ts'),
          },
          output: {
            entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js'),
            // shared chunks hold the core (registry, rules) used by several pages; name them as such
            chunkFileNames: 'assets/shared-[hash].js',
            assetFileNames: 'assets/[hash][extname]',
          },
        },
      },
    },
    // the popup on its own, so everything its first paint needs is one file (one request: each extension
    // resource a page fetches costs the renderer several ms) and nothing the other pages share is split off it
    popup: {
      consumer: 'client',
      build: {
        outDir: chromeDir,
        emptyOutDir: false,
        copyPublicDir: false,
        target: 'chrome111',
        modulePreload: { polyfill: false },
        rolldownOptions: {
          input: { popup: resolve(root, 'popup.html') },
          output: {
            entryFileNames: 'assets/[name]-[hash].js',
            chunkFileNames: 'assets/popup-later-[hash].js',
            assetFileNames: 'assets/[hash][extname]',
          },
        },
      },
    },
    content: { consumer: 'client', build: classicScript('src/content/index.ts', 'content.js') },
    nativeDialogs: {
      consumer: 'client',
      build: classicScript('src/content/main-world/alert-capture.ts', 'native-dialogs.js'),
    },
    hint: { consumer: 'client', build: classicScript('src/content/hint/ui.ts', 'hint.js') },
    // the popup's fill-a-field and network-probe answers (fill.js), added to a tab on the popup's click
    fill: { consumer: 'client', build: classicScript('src/content/fill/fill-code.ts', 'fill.js') },
  },
  builder: {
    async buildApp(builder) {
      const { pages, popup, content, nativeDialogs, hint } = builder.environments;
      if (!pages || !popup || !content || !nativeDialogs || !hint) throw new Error('missing build environment');
      await builder.build(pages);
      await builder.build(popup);
      await builder.build(content);
      await builder.build(nativeDialogs);
      await builder.build(hint);
      const { fill } = builder.environments;
      if (!fill) throw new Error('missing build environment');
      await builder.build(fill);
      const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
      const chrome = chromeManifest(source, contentScriptMatches(), version);
      writeFileSync(resolve(chromeDir, 'privacy.html'), privacyPage());
      writeFileSync(resolve(chromeDir, 'manifest.json'), JSON.stringify(chrome, null, 2));
      rmSync(firefoxDir, { recursive: true, force: true });
      mkdirSync(firefoxDir, { recursive: true });
      cpSync(chromeDir, firefoxDir, { recursive: true });
      writeFileSync(resolve(firefoxDir, 'manifest.json'), JSON.stringify(firefoxManifest(chrome), null, 2));
    },
  },
});
