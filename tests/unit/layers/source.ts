/**
 * Reading a source file for the layer test without a parser (TypeScript 7 has no JS API): the module specifiers it
 * imports, and the browser globals it touches once comments and string literals are taken out.
 */
const STATIC = /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm;
const BARE = /^\s*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(source: string): string[] {
  const found = new Set<string>();
  for (const pattern of [STATIC, BARE, DYNAMIC]) for (const match of source.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** Comments and string/template literals blanked out: their words ("browser window") are not code. */
export function codeOf(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

/**
 * Globals of the browser and the page. A name only counts on its own (`facts.browser` and a `browser` checklist item
 * are the core's own words): `chrome.`/`browser.` followed by an extension API, or a page global used as one.
 */
const EXTENSION_API =
  /(?<![\w$.])(?:chrome|browser)\s*\.\s*(?:runtime|storage|tabs|i18n|action|permissions|scripting|offscreen|alarms|notifications|windows|webNavigation)\b/g;
const PAGE_GLOBAL =
  /(?<![\w$.])(?:document|window|navigator|location|localStorage|sessionStorage|fetch|XMLHttpRequest|WebSocket|MutationObserver|Document|Element|HTMLElement|ShadowRoot)\b(?!\s*:)/g;

export function browserGlobalsIn(source: string): string[] {
  const code = codeOf(source);
  return [...code.matchAll(EXTENSION_API), ...code.matchAll(PAGE_GLOBAL)].map((match) => match[0]);
}
