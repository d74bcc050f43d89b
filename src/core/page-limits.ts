/**
 * How much page text we carry; page text is hostile, so every list and string has a bound, kept here once.
 *
 * A page snapshot (./snapshot.ts) carries at most SNAPSHOT_BOUNDS: the background's message schema
 * (src/shared/messages.ts) refuses a snapshot over them and the recogniser (./recognise/page.ts) reads no more.
 */
export const SNAPSHOT_BOUNDS = {
  url: 4096,
  title: 500,
  /** the page's visible text (and each of the recogniser's joined strings) */
  text: 8000,
  fields: 100,
  buttons: 100,
  tabs: 50,
  dialogs: 20,
  /** one dialog's text */
  dialog: 2000,
  /** a field's name, id, placeholder or label; a button's or tab's text; a script's or plug-in's name */
  label: 200,
  tag: 16,
  type: 32,
  autocomplete: 64,
  /** the names the page's scripts and plug-ins carry, of which the recogniser keeps the CA markers */
  caMarkers: 200,
} as const;

/**
 * What the collector in the page (src/content/snapshot.ts) gathers: within SNAPSHOT_BOUNDS (a unit test holds it
 * there), and smaller, so the work in the page stays cheap.
 */
export const COLLECT_LIMITS = {
  /** candidate elements looked at per query */
  scan: 400,
  /** elements one snapshot walks over, across the document, its shadow roots and frames (a hostile page is bigger) */
  walk: 200_000,
  /** children of one element looked at, below <body> (a long list or table is content, not the login form) */
  children: 50,
  fields: 60,
  buttons: 80,
  tabs: 30,
  dialogs: 10,
  scripts: 150,
  /** script file names (at most `scripts`) and plug-in class ids and types, together */
  caNames: 200,
  text: 4_000,
  regionText: 1_500,
  label: 120,
  button: 40,
  tab: 40,
  dialog: 600,
  textNodes: 3_000,
} as const;

/**
 * The longest page message (an error text, a native alert's text) that is reported, kept or shown: the error
 * watcher and the alert capture cut at this length, the message schema refuses more.
 */
export const MESSAGE_MAX_TEXT = 2000;
