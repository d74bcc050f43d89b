/**
 * Turns the top-level manifest.json (the single source of the manifest) into the Chrome and Firefox manifests.
 * Content-script matches are not written by hand: they come from the portal registry, so a portal added there is
 * covered by the content script without a second edit.
 */
type Manifest = Record<string, unknown>;

interface ContentScript {
  matches: string[];
  [key: string]: unknown;
}

/**
 * `version` is not written in manifest.json: package.json is its one source (release packages are named by it),
 * and the build puts it into both manifests.
 */
export function chromeManifest(source: Manifest, portalMatches: readonly string[], version: string): Manifest {
  if (portalMatches.length === 0) throw new Error('the portal registry gave no content-script matches');
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`package.json version "${version}" is not a browser version`);
  if ('version' in source) throw new Error('manifest.json must not set version: package.json is its one source');
  const scripts = source.content_scripts as ContentScript[] | undefined;
  if (!scripts?.length) throw new Error('manifest.json has no content_scripts');
  return {
    ...source,
    version,
    background: { ...(source.background as object), type: 'module' },
    // the same hosts as the content script: the background adds the hint's code to a page only when it first shows
    // a hint there (src/background/hint-code.ts), which scripting.executeScript allows only with host permission
    host_permissions: [...portalMatches],
    content_scripts: scripts.map((script) => ({ ...script, matches: [...portalMatches] })),
  };
}

export const FIREFOX_ID = 'login-assistant@portal-helper.cn';

export function firefoxManifest(chrome: Manifest): Manifest {
  // Firefox reads a policy's managed storage from a native manifest, not from a schema named in the manifest
  const { minimum_chrome_version: _chromeOnly, storage: _managedSchemaChromeOnly, background, ...rest } = chrome;
  const worker = (background as { service_worker: string }).service_worker;
  // Firefox has no offscreen documents: its background page copies to the clipboard itself
  const permissions = (rest.permissions as string[] | undefined)?.filter((p) => p !== 'offscreen');
  return {
    ...rest,
    ...(permissions ? { permissions } : {}),
    // Firefox runs MV3 backgrounds as event pages. `world: "MAIN"` content scripts need Firefox 128 and
    // data_collection_permissions 140 (142 on Android).
    background: { scripts: [worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: FIREFOX_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}
