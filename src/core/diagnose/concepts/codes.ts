import type { Category } from '../../categories';

/**
 * Vendor error codes that CA client libraries append to (or show instead of) their message, "<message>(-NNNNNNNNNN)"
 * or "错误码: NNN". A code decides the category only when the words around it say nothing the engine understands.
 */
export interface VendorCode {
  vendor: string;
  code: string;
  category: Category;
  /** what the vendor's own message says, in short */
  means: string;
  source: string;
}

const SAFE_ENGINE = 'SHECA SafeEngine login page script (tests/fixtures/messages-mined.json, "<message>(<code>)" alerts)';

/** Sorted by vendor, then code. */
export const VENDOR_CODES: readonly VendorCode[] = [
  { vendor: 'safeengine', code: '-2113666819', category: 'cert-failed', means: '随机数验证错误', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113666820', category: 'cert-failed', means: '证书验证方式错误', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113666824', category: 'login-failed', means: '无效的登录凭证', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113667018', category: 'cert-not-detected', means: '私钥未载入', source: `${SAFE_ENGINE}; tests/fixtures/examples/messages-sample.json` },
  { vendor: 'safeengine', code: '-2113667042', category: 'cert-failed', means: '证书状态未知', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113667050', category: 'cert-expired', means: '证书已废除', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113667051', category: 'cert-failed', means: '验证证书链错误', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113667054', category: 'cert-expired', means: '证书已过期', source: `${SAFE_ENGINE}; tests/fixtures/examples/messages-sample.json` },
  { vendor: 'safeengine', code: '-2113667057', category: 'cert-failed', means: '证书格式错误', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113667060', category: 'cert-failed', means: '数字签名错误', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113667062', category: 'client-missing', means: '初始化环境错误', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113667065', category: 'pin-wrong', means: '证书密码错误', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113667066', category: 'cert-not-detected', means: '读证书设备错误', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113667069', category: 'pin-wrong', means: '私钥密码错误', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113667070', category: 'cert-not-detected', means: '读私钥设备错误', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113667072', category: 'client-missing', means: '装载动态库错误', source: SAFE_ENGINE },
];

/** Where a code stands in a normalised message: in brackets at the end, or after a "code" label. */
export const CODE_RE = /(?:\((-?\d{4,11}|0x[0-9a-f]{4,8})\)|(?:错误码|错误代码|错误号|代码|code|errcode|error code)[:=]?(-?\d{3,11}|0x[0-9a-f]{4,8}))/iu;
