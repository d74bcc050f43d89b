/** The panel's styles, inside the closed shadow root (the page's CSS cannot reach them). */
export const HINT_CSS = `
.panel {
  box-sizing: border-box;
  width: min(360px, calc(100vw - 16px));
  max-height: calc(100vh - 16px);
  overflow: auto;
  margin: 0;
  padding: 12px 14px;
  font: 14px/1.55 system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif;
  text-align: left;
  color: var(--fg);
  background: var(--bg);
  border: 1px solid var(--border);
  border-left: 4px solid var(--accent);
  border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.22);
  overflow-wrap: anywhere;
}
.panel[data-scheme="light"] {
  color-scheme: light;
  --fg: #1f2328; --muted: #57606a; --bg: #ffffff; --border: #d0d7de; --accent: #cf222e;
  --warn-fg: #7a2e00; --warn-bg: #fff1e0; --button-bg: #f6f8fa; --focus: #0969da;
}
.panel[data-scheme="dark"] {
  color-scheme: dark;
  --fg: #e6edf3; --muted: #9da7b3; --bg: #1f242c; --border: #3d444d; --accent: #f85149;
  --warn-fg: #ffd8b5; --warn-bg: #4a2a10; --button-bg: #2d333b; --focus: #58a6ff;
}
.head { display: flex; align-items: flex-start; gap: 8px; }
.title { flex: 1; margin: 0; font-size: 15px; font-weight: 600; line-height: 1.4; }
.quote { margin: 6px 0; padding: 2px 8px; border-left: 3px solid var(--border); color: var(--muted); font-size: 13px; }
.explanation { margin: 6px 0; }
.warning { margin: 8px 0; padding: 6px 8px; border-radius: 4px; color: var(--warn-fg); background: var(--warn-bg); font-weight: 600; }
.steps-heading { margin: 8px 0 2px; font-size: 13px; font-weight: 600; }
ol { margin: 0; padding-left: 1.5em; }
li { margin: 2px 0; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; }
button {
  font: inherit; font-size: 13px; line-height: 1.4; cursor: pointer;
  color: var(--fg); background: var(--button-bg); border: 1px solid var(--border); border-radius: 4px; padding: 4px 10px;
}
button:hover { border-color: var(--muted); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.close { flex: none; padding: 0 6px; font-size: 18px; line-height: 1.2; background: transparent; border-color: transparent; }
.mute { display: flex; flex-wrap: wrap; flex-basis: 100%; align-items: center; gap: 6px 8px; }
.mute-question { flex-basis: 100%; margin: 0; font-size: 13px; color: var(--muted); }
.copy-area { position: fixed; top: 0; left: -9999px; width: 1px; height: 1px; opacity: 0; }
`;
