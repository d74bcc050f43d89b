/**
 * What the content script tells the core about a page. It describes the page's structure only:
 * never the value of any field (passwords, PINs, SMS and captcha codes are never read).
 * Every string is length-bounded by the collector; the core must still treat all of it as hostile text.
 */
export interface FieldDescription {
  /** 'input' | 'select' | 'textarea' */
  tag: string;
  /** the input's type attribute, lower-cased ('text', 'password', 'tel', …) */
  type: string;
  name: string;
  id: string;
  placeholder: string;
  /** the text of its <label>, aria-label or the nearest label-like text */
  label: string;
  autocomplete: string;
}

export interface PageSnapshot {
  url: string;
  title: string;
  /** visible text of the form-related regions (login box, dialogs, headings), whitespace-folded, bounded */
  text: string;
  /** visible form fields */
  fields: FieldDescription[];
  /** visible button and submit-link texts */
  buttons: string[];
  /** visible tab labels (login-mode tabs such as 账号密码登录 / 证书登录 / 扫码登录) and which one is active */
  tabs: { label: string; active: boolean }[];
  /** titles/texts of visible dialogs (role choice 身份类型选择, 用户协议, message boxes) */
  dialogs: string[];
  /** a QR code for scan login is visible */
  hasQrCode: boolean;
  /**
   * names the page's scripts and plug-ins carry (`script:<file name>`, `clsid:<class id>`, `mime:<type>`); the
   * recogniser keeps the known CA clients' markers among them (./recognise/ca-markers.ts pickCaMarkers)
   */
  caMarkers: string[];
}

export function emptySnapshot(url: string): PageSnapshot {
  return {
    url,
    title: '',
    text: '',
    fields: [],
    buttons: [],
    tabs: [],
    dialogs: [],
    hasQrCode: false,
    caMarkers: [],
  };
}
