/**
 * The privacy policy as a page inside the extension (privacy.html, linked from the options page), made at build
 * time from PRIVACY.md so the two can never say different things. marked renders our own Markdown file, never
 * page or user text, and the result is a static file: no script, nothing rendered at run time.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { marked } from 'marked';

export const PRIVACY_SOURCE = resolve(import.meta.dirname, '../PRIVACY.md');

const STYLE = `body{font:15px/1.6 system-ui,"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;
max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1f2328;background:#fff}
h1,h2,h3{line-height:1.3}code{font-size:90%}
@media (prefers-color-scheme:dark){body{color:#e6edf3;background:#0d1117}a{color:#58a6ff}}`;

export function privacyPage(markdown = readFileSync(PRIVACY_SOURCE, 'utf8')): string {
  const body = marked.parse(markdown, { async: false, gfm: true });
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>隐私政策 · Privacy policy</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
