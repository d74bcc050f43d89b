/**
 * Generated portal login pages of a given size for the benchmark: a login form (account, password, captcha, one
 * login button) inside a typical portal frame (nav, notices, footer), padded with notice rows up to `nodes`
 * elements. The login button shows one error surface on click: an Element-UI-like toast, an inline box, or alert().
 */
import type { Page } from 'playwright-core';

export type ErrorKind = 'toast' | 'inline' | 'alert';

/** a government host (the content script runs on *.gov.cn), served by a route in the benchmark, never the network */
export const BENCH_HOST = 'bench-portal.gov.cn';

const MESSAGE = '用户名或密码错误，请重新输入';

const SHOW_ERROR: Record<ErrorKind, string> = {
  toast: `var m = document.createElement('div'); m.className = 'el-message el-message--error'; m.setAttribute('role', 'alert');
    var p = document.createElement('p'); p.className = 'el-message__content'; p.textContent = '${MESSAGE}'; m.appendChild(p);
    document.body.appendChild(m);`,
  inline: `var box = document.getElementById('errorMsg'); box.textContent = '${MESSAGE}'; box.style.display = 'block';`,
  alert: `alert('${MESSAGE}');`,
};

function loginBox(kind: ErrorKind): string {
  return `<div class="login-box" id="loginBox"><h2>单位用户登录</h2>
<form onsubmit="return false">
<label>统一社会信用代码 <input name="account" placeholder="请输入统一社会信用代码"></label>
<label>密码 <input type="password" name="password" placeholder="请输入密码"></label>
<label>验证码 <input name="captcha" placeholder="请输入验证码"></label>
<div id="errorMsg" class="login-error" style="display:none"></div>
<button type="button" id="loginBtn">登录</button>
</form></div>
<script>document.getElementById('loginBtn').addEventListener('click', function () { ${SHOW_ERROR[kind]} });</script>`;
}

/** notice rows: 4 elements each (li, a, span, em) */
function notices(rows: number): string {
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    out.push(
      `<li><a href="/notice/${i}">关于第${i}期社会保险费申报的通知</a><span>2026-0${(i % 9) + 1}-1${i % 10}</span><em>${i % 7}</em></li>`,
    );
  }
  return `<ul class="notices">${out.join('')}</ul>`;
}

/** about `nodes` elements in all (the frame and login box are ~25 of them) */
export function portalPage(nodes: number, kind: ErrorKind = 'toast'): string {
  const rows = Math.max(0, Math.round((nodes - 25) / 4));
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>社会保险网上服务平台 - 单位登录</title>
<style>.el-message{position:fixed;top:20px;left:40%;padding:10px;background:#fef0f0;color:#f56c6c}.login-box{width:360px;margin:20px auto}</style>
</head><body><header><nav><a href="/">首页</a><a href="/unit">单位业务</a><a href="/person">个人业务</a></nav></header>
<main>${loginBox(kind)}<section><h3>通知公告</h3>${notices(rows)}</section></main>
<footer><p>主办单位：某市人力资源和社会保障局</p></footer></body></html>`;
}

/** Serves `html` for every address on the bench host in this page (routed, never the network). */
export async function servePortal(page: Page, html: string): Promise<void> {
  await page.route(`http://${BENCH_HOST}/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
}
