import type { Category } from '../../categories';

/**
 * Vendor error codes that CA client libraries append to (or show instead of) their message, "<message>(-NNNNNNNNNN)"
 * or "错误码: NNN". A known code is the vendor's own diagnosis: it decides the category, ahead of the words around
 * it ("上海CA接口错误:打开容器错误(-2113601471)").
 */
export interface VendorCode {
  vendor: string;
  code: string;
  category: Category;
  /** what the vendor's own message says, in short */
  means: string;
  source: string;
}

const SHECA =
  'SHECA (上海CA) UKey client script, ZeroMarker/cache src/imedical/web/scripts/dhccertauth/imanageduser/CA_Common_SHCA_UKEY.js (tests/fixtures/corpus/tuning.json)';
const SAFE_ENGINE =
  'SHECA SafeEngine login page script (tests/fixtures/messages-mined.json, "<message>(<code>)" alerts)';

/**
 * Browser error names shown on the browser's own error page ("错误代码:SEC_ERROR_UNKNOWN_ISSUER", "NET::ERR_CERT_DATE_INVALID").
 * A problem with the WEBSITE's certificate is a connection problem for the user (network); the TLS version and cipher
 * names point at an old portal that wants an older browser or IE mode (browser-unsupported); only the client-certificate
 * names are about the user's own key.
 */
const CHROMIUM = 'Chromium net/base/net_error_list.h: the ERR_… names Chrome and Edge show on their error pages';
const FIREFOX =
  'NSS / Firefox PSM error names shown on Firefox error pages (mozilla-l10n/firefox-l10n, tests/fixtures/corpus/tuning.json)';

/** Sorted by vendor, then code. */
export const VENDOR_CODES: readonly VendorCode[] = [
  { vendor: 'chromium', code: 'err_address_unreachable', category: 'network', means: '地址无法访问', source: CHROMIUM },
  {
    vendor: 'chromium',
    code: 'err_bad_ssl_client_auth_cert',
    category: 'cert-failed',
    means: '网站不接受所选的客户端证书',
    source: CHROMIUM,
  },
  {
    vendor: 'chromium',
    code: 'err_cert_authority_invalid',
    category: 'network',
    means: '网站证书的颁发者不受信任',
    source: CHROMIUM,
  },
  {
    vendor: 'chromium',
    code: 'err_cert_common_name_invalid',
    category: 'network',
    means: '网站证书与域名不符',
    source: CHROMIUM,
  },
  {
    vendor: 'chromium',
    code: 'err_cert_date_invalid',
    category: 'network',
    means: '网站证书过期或电脑时间不对',
    source: CHROMIUM,
  },
  { vendor: 'chromium', code: 'err_cert_revoked', category: 'network', means: '网站证书已吊销', source: CHROMIUM },
  { vendor: 'chromium', code: 'err_connection_closed', category: 'network', means: '连接被关闭', source: CHROMIUM },
  { vendor: 'chromium', code: 'err_connection_refused', category: 'network', means: '连接被拒绝', source: CHROMIUM },
  { vendor: 'chromium', code: 'err_connection_reset', category: 'network', means: '连接被重置', source: CHROMIUM },
  { vendor: 'chromium', code: 'err_connection_timed_out', category: 'network', means: '连接超时', source: CHROMIUM },
  { vendor: 'chromium', code: 'err_empty_response', category: 'network', means: '服务器未发送数据', source: CHROMIUM },
  {
    vendor: 'chromium',
    code: 'err_internet_disconnected',
    category: 'network',
    means: '未连接到互联网',
    source: CHROMIUM,
  },
  {
    vendor: 'chromium',
    code: 'err_name_not_resolved',
    category: 'network',
    means: '找不到服务器地址',
    source: CHROMIUM,
  },
  { vendor: 'chromium', code: 'err_network_changed', category: 'network', means: '网络已切换', source: CHROMIUM },
  {
    vendor: 'chromium',
    code: 'err_proxy_connection_failed',
    category: 'network',
    means: '无法连接代理服务器',
    source: CHROMIUM,
  },
  {
    vendor: 'chromium',
    code: 'err_ssl_client_auth_cert_needed',
    category: 'cert-not-detected',
    means: '网站要求客户端证书',
    source: CHROMIUM,
  },
  {
    vendor: 'chromium',
    code: 'err_ssl_obsolete_version',
    category: 'browser-unsupported',
    means: '网站只用过时的 TLS 版本',
    source: CHROMIUM,
  },
  {
    vendor: 'chromium',
    code: 'err_ssl_protocol_error',
    category: 'network',
    means: '安全连接协议错误',
    source: CHROMIUM,
  },
  {
    vendor: 'chromium',
    code: 'err_ssl_version_or_cipher_mismatch',
    category: 'browser-unsupported',
    means: 'TLS 版本或加密套件不兼容',
    source: CHROMIUM,
  },
  { vendor: 'chromium', code: 'err_timed_out', category: 'network', means: '请求超时', source: CHROMIUM },
  {
    vendor: 'firefox',
    code: 'mozilla_pkix_error_self_signed_cert',
    category: 'network',
    means: '网站证书为自签名',
    source: FIREFOX,
  },
  {
    vendor: 'firefox',
    code: 'sec_error_expired_certificate',
    category: 'network',
    means: '网站证书已过期',
    source: FIREFOX,
  },
  {
    vendor: 'firefox',
    code: 'sec_error_expired_issuer_certificate',
    category: 'network',
    means: '网站证书颁发者的证书已过期',
    source: FIREFOX,
  },
  {
    vendor: 'firefox',
    code: 'sec_error_revoked_certificate',
    category: 'network',
    means: '网站证书已吊销',
    source: FIREFOX,
  },
  {
    vendor: 'firefox',
    code: 'sec_error_unknown_issuer',
    category: 'network',
    means: '网站证书的颁发者未知',
    source: FIREFOX,
  },
  {
    vendor: 'firefox',
    code: 'sec_error_untrusted_issuer',
    category: 'network',
    means: '网站证书的颁发者不受信任',
    source: FIREFOX,
  },
  {
    vendor: 'firefox',
    code: 'ssl_error_bad_cert_alert',
    category: 'cert-failed',
    means: '网站不接受所出示的客户端证书',
    source: FIREFOX,
  },
  {
    vendor: 'firefox',
    code: 'ssl_error_bad_cert_domain',
    category: 'network',
    means: '网站证书与域名不符',
    source: FIREFOX,
  },
  {
    vendor: 'firefox',
    code: 'ssl_error_handshake_failure_alert',
    category: 'network',
    means: '握手失败',
    source: FIREFOX,
  },
  {
    vendor: 'firefox',
    code: 'ssl_error_no_cypher_overlap',
    category: 'browser-unsupported',
    means: '没有双方都支持的加密算法',
    source: FIREFOX,
  },
  {
    vendor: 'firefox',
    code: 'ssl_error_protocol_version_alert',
    category: 'browser-unsupported',
    means: 'TLS 版本不被对方接受',
    source: FIREFOX,
  },
  {
    vendor: 'firefox',
    code: 'ssl_error_unsupported_version',
    category: 'browser-unsupported',
    means: '网站使用不受支持的 TLS 版本',
    source: FIREFOX,
  },
  { vendor: 'safeengine', code: '-2113666819', category: 'cert-failed', means: '随机数验证错误', source: SAFE_ENGINE },
  {
    vendor: 'safeengine',
    code: '-2113666820',
    category: 'cert-failed',
    means: '证书验证方式错误',
    source: SAFE_ENGINE,
  },
  { vendor: 'safeengine', code: '-2113666824', category: 'login-failed', means: '无效的登录凭证', source: SAFE_ENGINE },
  {
    vendor: 'safeengine',
    code: '-2113667018',
    category: 'cert-not-detected',
    means: '私钥未载入',
    source: `${SAFE_ENGINE}; tests/fixtures/examples/messages-sample.json`,
  },
  { vendor: 'safeengine', code: '-2113667042', category: 'cert-failed', means: '证书状态未知', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113667050', category: 'cert-expired', means: '证书已废除', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113667051', category: 'cert-failed', means: '验证证书链错误', source: SAFE_ENGINE },
  {
    vendor: 'safeengine',
    code: '-2113667054',
    category: 'cert-expired',
    means: '证书已过期',
    source: `${SAFE_ENGINE}; tests/fixtures/examples/messages-sample.json`,
  },
  { vendor: 'safeengine', code: '-2113667057', category: 'cert-failed', means: '证书格式错误', source: SAFE_ENGINE },
  { vendor: 'safeengine', code: '-2113667060', category: 'cert-failed', means: '数字签名错误', source: SAFE_ENGINE },
  {
    vendor: 'safeengine',
    code: '-2113667062',
    category: 'client-missing',
    means: '初始化环境错误',
    source: SAFE_ENGINE,
  },
  { vendor: 'safeengine', code: '-2113667065', category: 'pin-wrong', means: '证书密码错误', source: SAFE_ENGINE },
  {
    vendor: 'safeengine',
    code: '-2113667066',
    category: 'cert-not-detected',
    means: '读证书设备错误',
    source: SAFE_ENGINE,
  },
  { vendor: 'safeengine', code: '-2113667069', category: 'pin-wrong', means: '私钥密码错误', source: SAFE_ENGINE },
  {
    vendor: 'safeengine',
    code: '-2113667070',
    // reading the key failed: the certificate could not be used (the key may well be there)
    category: 'cert-failed',
    means: '读私钥设备错误',
    source: SAFE_ENGINE,
  },
  {
    vendor: 'safeengine',
    code: '-2113667072',
    category: 'client-missing',
    means: '装载动态库错误',
    source: SAFE_ENGINE,
  },
  { vendor: 'sheca', code: '-2113601404', category: 'cert-failed', means: '枚举容器错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601409', category: 'pin-wrong', means: '管理员密码错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601410', category: 'cert-failed', means: '验证证书链错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601411', category: 'cert-failed', means: '证书链格式错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601412', category: 'cert-expired', means: '证书废除', source: SHECA },
  { vendor: 'sheca', code: '-2113601415', category: 'network', means: '连接OCSP服务器错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601416', category: 'network', means: '从LDAP获取证书错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601418', category: 'cert-failed', means: '锁设备错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601421', category: 'cert-failed', means: 'P7签名错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601432', category: 'cert-failed', means: '签名数据错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601449', category: 'cert-not-detected', means: '设备无法识别', source: SHECA },
  { vendor: 'sheca', code: '-2113601450', category: 'cert-not-detected', means: '自动检测设备错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601452', category: 'cert-failed', means: '多个设备错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601453', category: 'cert-expired', means: '证书已过期', source: SHECA },
  { vendor: 'sheca', code: '-2113601462', category: 'cert-failed', means: '导出证书错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601471', category: 'cert-failed', means: '打开容器错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601472', category: 'cert-failed', means: '设备不支持错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601477', category: 'pin-wrong', means: '设备口令错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601478', category: 'pin-locked', means: '设备已锁', source: SHECA },
  { vendor: 'sheca', code: '-2113601479', category: 'cert-failed', means: '打开应用错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601480', category: 'pin-wrong', means: '设备管理员口令错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601485', category: 'cert-not-detected', means: '设备连接错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601486', category: 'cert-not-detected', means: '没有设备', source: SHECA },
  { vendor: 'sheca', code: '-2113601487', category: 'cert-not-detected', means: '枚举设备错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601492', category: 'cert-failed', means: '获取证书细目错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601500', category: 'cert-failed', means: '设备类型错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601501', category: 'client-missing', means: '装载动态库错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601502', category: 'cert-failed', means: '打开会话错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601503', category: 'cert-not-detected', means: '打开设备错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601504', category: 'client-missing', means: '读取配置文件错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601505', category: 'client-missing', means: '初始化环境错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601507', category: 'cert-failed', means: '证书链非法错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601519', category: 'cert-failed', means: '公私钥不匹配错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601525', category: 'cert-failed', means: '验证签名错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601527', category: 'cert-failed', means: '证书格式错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601530', category: 'cert-failed', means: '数字签名错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601535', category: 'pin-wrong', means: '密码错误', source: SHECA },
  { vendor: 'sheca', code: '-2113601536', category: 'cert-failed', means: '读取文件错误', source: SHECA },
  {
    vendor: 'sheca',
    code: '-2113666818',
    category: 'client-missing',
    means: '与单点登录客户端代理通信',
    source: SHECA,
  },
  { vendor: 'sheca', code: '-2113666819', category: 'cert-failed', means: '随机数验证错误', source: SHECA },
  { vendor: 'sheca', code: '-2113666820', category: 'cert-failed', means: '证书验证方式错误', source: SHECA },
  { vendor: 'sheca', code: '-2113666821', category: 'login-failed', means: '登录错误', source: SHECA },
  { vendor: 'sheca', code: '-2113666822', category: 'cert-failed', means: '不是服务器证书', source: SHECA },
  { vendor: 'sheca', code: '-2113666824', category: 'login-failed', means: '无效的登录凭证', source: SHECA },
];

/** Where a code stands in a normalised message: in brackets at the end, after a "code" label, or as a browser's error name. */
export const CODE_RE =
  /(?:\((-?\d{4,11}|0x[0-9a-f]{4,8})\)|(?:错误码|错误代码|错误号|代码|code|errcode|error code|error|return)[:=]?(-?\d{3,11}|0x[0-9a-f]{4,8}))|(?<![a-z_])(?:net::)?((?:err|(?:sec|ssl|mozilla_pkix)_error)_[a-z_]{3,40})/iu;
