import type { ObjectConcept } from './types';

const MINED =
  'tests/fixtures/messages-mined.json and tests/fixtures/examples/messages-sample.json (CA client libraries, tpass and portal login scripts)';

/**
 * The things login messages talk about, with the words portals use for each. ORDER MATTERS: the engine reads the
 * text left to right and, at each place, takes the first entry whose words start there — so the more specific
 * names come first ("证书密码" is the key's PIN before it is a certificate or a password; "短信验证码" is the SMS code
 * before it is a captcha; "证书助手" is the CA client before it is a certificate).
 */
export const OBJECTS: readonly ObjectConcept[] = [
  {
    id: 'pin',
    variants: [
      'pin码?|(?<![a-z])puk(?:码| code)?(?![a-z])',
      '(?:数字证书|证书|ca|u-?key|usb ?-?key|uskey|u盾|ca锁|key|加密锁|介质|ic卡|私钥|密钥|设备)(?:/key)?的?(?:保护)?(?:密码|口令)',
      '保护口令|设备口令|介质口令|(?:安全|主|隐私|管理员)密码',
    ],
    source: `${MINED}: "私钥密码错误", "证书密码错误", "校验证书密码失败", "请输入Key的保护口令"`,
    examples: { match: ['证书口令', 'U盾密码', 'Key的保护口令', 'PIN码'], noMatch: ['登录密码', '证书'] },
  },
  {
    id: 'new-password',
    variants: ['两次(?:输入的?)?密码|确认密码|(?<![更重])新密码|重复密码|再次输入的?密码'],
    source:
      'password set/change forms (tests/fixtures/corpus/tuning.json: RuoYi, Keycloak): "两次输入密码不一致", "确认密码不相同"',
    examples: { match: ['两次输入的密码', '确认密码'], noMatch: ['登录密码'] },
  },
  {
    id: 'ca-module',
    variants: [
      'ca(?:接口|控件|组件|中间件接口)|证书接口|调用ca|pkcs ?\\u0023? ?1[12]?(?: ?模块| ?标记| ?文件| ?会话| ?设备| ?令牌)?',
      '安全(?:模块|程序库|设备|密钥|卡|令牌)|智能卡|(?<!验证|访问|刷新)令牌(?!码)|插槽|卡槽|容器|密钥数据库|证书数据库|证书库|模块',
    ],
    source:
      'CA client and NSS/PKCS#11 vocabulary (tests/fixtures/corpus/tuning.json: SHECA "上海CA接口错误:…", Firefox PSM texts)',
    examples: { match: ['CA接口', 'PKCS #11 模块', '安全设备', '插槽'], noMatch: ['接口'] },
  },
  {
    id: 'secure-link',
    variants: [
      'ssl(?: ?协议| ?对等端)?|tls(?: ?版本)?|https|安全连接|私密连接|对等端|加密算法|握手|协议版本|安全协议|安全技术|(?<!服务|用户|隐私|使用)协议',
    ],
    source:
      'browser TLS error pages (tests/fixtures/corpus/tuning.json: Firefox PSM): "SSL 已禁用", "对等端使用了不支持的安全协议版本"',
    examples: { match: ['SSL', '安全连接', '对等端'], noMatch: ['连接'] },
  },
  {
    id: 'terms',
    variants: ['服务条款|隐私(?:策略|政策|协议)|用户协议|使用协议|服务协议|条款'],
    source: 'registration and first-login forms (tests/fixtures/corpus/tuning.json: "您必须同意我们的的服务条款")',
    examples: { match: ['服务条款', '隐私政策'], noMatch: ['协议版本'] },
  },
  {
    id: 'sms-code',
    variants: [
      '(?:短信|手机|动态|邮箱|邮件|语音)(?:验证码|校验码|码|口令|验证)',
      // the code of an authenticator app or a second factor
      '(?:安全|令牌|二次|两步|双因素|谷歌|google|mfa|身份验证器)(?:验证码|校验码|码|口令)',
      // an OTP called a code ("您的代码已过期", "新代码"), never the error code or a company code
      '(?<=你的|您的|新的?|该|此)代码|(?:验证|安全|动态|授权|一次性)代码',
      '短信',
      '动态密码|一次性(?:密码|验证码|口令|代码)|(?<![a-z])t?otp(?![a-z])',
      // the spare codes of a second factor ("恢复码无效", "backup code")
      '(?:恢复|备用|备份|救援)(?:码|代码)|(?:recovery|backup) codes?',
      // sending codes too often names no code: the verb stands for it ("发送次数过多", "获取过于频繁")
      '(?:发送|获取|下发)(?=次数|过于|太频|过多|频繁)|(?<![\\u4e00-\\u9fff])(?:发送|下发)(?=失败)',
      '(?:verification|security|authentication|one-time|otp|sms) code|(?<=the |your |this )code(?![a-z])',
    ],
    source: `${MINED}: "短信验证码已过期", "手机验证码错误", "邮件验证码已过期", "短信接口请求太多"`,
    examples: {
      match: ['短信验证码', '动态码', '手机校验码', '邮件验证码', '安全码', '谷歌验证码'],
      noMatch: ['图形验证码'],
    },
  },
  {
    id: 'captcha',
    variants: [
      '(?:图形|图片|字符|计算|算术|登录)?(?:验证码|校验码)',
      '附加码|图形码|图片码|captcha',
      '(?:滑块|拼图|滑动|人机|行为|安全)(?:验证|校验)|滑块|拼图',
    ],
    source: `${MINED}: "验证码错误或已过期", "图形验证码错误", "验证码无效"; 附加码 and 校验码 are the other names portals give it`,
    examples: { match: ['验证码', '附加码', '滑块验证', '校验码'], noMatch: ['短信验证码', '验证失败'] },
  },
  {
    id: 'credit-code',
    variants: [
      '(?:统一)?社会信用代码|信用代码|纳税人识别号|纳税识别号|识别号|税号',
      '组织机构代码|机构代码|单位编号|单位代码|单位社保号|社保登记证号|登记证号|注册号|企业代码|单位识别号',
    ],
    source: `${MINED}: "统一社会信用代码不正确", "注册号或统一社会信用代码不正确", "纳税人识别号不能为空"`,
    examples: { match: ['统一社会信用代码', '纳税人识别号', '单位编号'], noMatch: ['信用', '证件号码'] },
  },
  {
    // the application a single sign-on serves, as OAuth/CAS servers name it ("无效的客户端", "应用已被禁用"): a
    // refusal of the login, not a CA client to install; before 'client'
    id: 'app',
    variants: [
      '(?:第三方|oauth2?|开放|目标|接入)?应用(?:程序)?(?!环境|程序|安全|商店|市场)|(?<![a-z])(?:oauth2? )?client(?:[_ ]id)?(?![a-z])',
      '角色|客户端(?:id|标识)|(?<=无效的?|未知的?|非法的?|错误的?)客户端|客户端(?=已被?(?:禁用|停用)|不存在|未授权|未启用|被禁)',
    ],
    source:
      'OAuth and CAS servers (tests/fixtures/corpus/tuning.json: Keycloak "无效的客户端", "客户端已禁用"; CAS "应用程序未被授权使用CAS")',
    examples: {
      match: ['无效的客户端', '客户端已禁用', '应用程序', '第三方应用', 'client_id'],
      noMatch: ['客户端控件', '证书应用环境', '客户端初始化'],
    },
  },
  {
    // how the user signs in (a login type, a grant, a redirect address): a login the server does not offer
    id: 'login-method',
    variants: [
      '(?:登录|登陆|认证|授权|验证)(?:方式|类型|模式|渠道)|(?<=当前|该|此|这种|使用)方式|重定向(?:地址|url|uri|链接)|重定向(?=不安全|无效|非法|不合法|不匹配)|(?<![a-z])(?:grant|response)[_ ]type|redirect[_ ]?ur[il]|重定向(?:地址|url|uri)|回调(?:地址|url|uri)',
    ],
    source:
      'OAuth and admin login texts (tests/fixtures/corpus/tuning.json: Keycloak, CAS "重定向 URL"): "不支持的授权类型", "登录方式未开启"',
    examples: { match: ['登录方式', '授权类型', 'grant_type', '回调地址'], noMatch: ['登录'] },
  },
  {
    id: 'client',
    variants: [
      '(?:数字证书|证书|ca|u-?key|usb ?-?key|u盾|key|ic卡/key|ic卡)?(?:驱动程序|驱动|控件|插件|客户端软件|客户端|助手|应用环境|证书环境|中间件|组件|activex|ocx)',
      '(?:数字证书|证书|签名|本地|安全)服务(?!器)|websocket(?: ?连接)?|动态库|dll|扩展程序|(?<=[a-z]|浏览器|安全|证书|签名)扩展|(?:系统)?注册表',
    ],
    source: `${MINED}: "请检查证书应用环境是否正确安装", "没有安装协卡助手", "装载动态库错误", "P11服务没有回应", "加载XTXAppCOM控件失败"`,
    examples: {
      match: ['证书助手', '数字证书驱动', '安全控件', '签名服务', 'SafeEngine扩展'],
      noMatch: ['服务器', '证书'],
    },
  },
  {
    // the WEBSITE's certificate (a TLS problem of the connection), not the user's own: before 'certificate'
    id: 'site-certificate',
    variants: ['(?:网站|站点|服务器|对等端|它|其)(?:所?使用)?的?(?:安全|ssl|https)?证书'],
    source:
      'browser error pages (tests/fixtures/corpus/tuning.json: Firefox): "可能是网站的证书已过期", "请求的域名与服务器的证书不匹配"',
    examples: {
      match: ['网站的证书', '服务器证书', '网站使用的证书', '它使用的证书'],
      noMatch: ['数字证书', '证书服务器'],
    },
  },
  {
    // what vouches for the user's certificate (root, chain, revocation list): trouble there is a failed check of the
    // certificate, not a missing or expired key ("未安装证书链", "CRL已过期"); before 'certificate'
    id: 'trust-chain',
    variants: [
      '根证书|(?:证书)?(?:发行|颁发|信任)?链(?!接|路)(?:信息?)?|(?:证书)?(?:废除|吊销|撤销|作废)列表|crl',
      // the status service that vouches a certificate is not revoked, and the status it gives: no status, no check
      '(?<![a-z])ocsp(?: ?(?:服务器|服务|响应器|回应器|响应|回应))?|(?<=没有|无|没|未知的?|无法获取|无法确定|获取不到)证书的?状态',
      // a CA named alone ("未知 CA", "<无效 CA>"), not "CA接口" or "CA证书"
      '(?<![a-z])ca(?:机构)?(?![a-z\\u4e00-\\u9fff])',
    ],
    source:
      'CA client and NSS texts (tests/fixtures/corpus/tuning.json: NETCA "未安装…证书链", Firefox PSM "证书废除列表(CRL)已过期")',
    examples: {
      match: ['根证书', '证书链', '证书吊销列表', 'CRL', 'OCSP 服务器', '没有证书状态'],
      noMatch: ['证书', '链接', '证书状态正常'],
    },
  },
  {
    id: 'certificate',
    variants: [
      '数字证书|(?:签名|加密|ca|用户|颁发者|个人|单位|企业|法人)?证书(?:对象|信息)?|(?:u-?key|usb ?-?key|key|u盾|介质|设备)(?:中的?)?(?:证书)?信息|(?<![a-z])ca(?=认证|登录|登陆|验证|校验|已|过期|失效|中)|(?:证书)?(?:颁发者|签发者|颁发机构|发行者)|公私钥|公钥|密钥对',
      // English CA clients and sign-on pages ("Certificate has expired", "No certificate found")
      '(?<![a-z])(?:digital |user |signing )?certificates?(?![a-z])',
    ],
    source: `${MINED}: "证书已过期", "证书对象不能为空", "获取证书信息错误", "获取KEY信息失败" (the certificate the key holds)`,
    examples: {
      match: ['数字证书', '签名证书', '证书对象', 'digital certificate'],
      noMatch: ['证件', '证书链', 'certified'],
    },
  },
  {
    id: 'device',
    variants: [
      'u盾|u-?key|usb ?-?key|uskey|ca锁|加密锁|(?<![a-z])key(?![a-z])|介质|金税盘|税控盘|密码器|身份验证盘|ic卡|智能卡|电子钥匙|电子密钥|(?:智能)?密码钥匙|硬件',
      '私钥|密钥|(?:读(?:证书|私钥|key)?)?设备|(?<![a-z])ca(?=是否|被拔|未插|没插)',
      '(?<![a-z])(?:smart ?cards?|security keys?|usb keys?|card readers?)(?![a-z])',
      // a smart card said as "卡" alone ("卡被永久锁定", "该卡已锁死"); not a word's tail (社保卡, 银行卡, 月卡)
      '(?:(?<![\\u4e00-\\u9fff])|(?<=该|此|这张|您的|你的|当前的?))卡(?=被|已|将|未|中|内|里|$|[,.!;。])',
    ],
    source: `${MINED}: "请插入USB身份验证盘", "没有设备", "读私钥设备错误", "检查金税盘、税控盘或税务Ukey是否插入", "私钥未载入"`,
    examples: {
      match: ['UKey', 'U盾', '税控盘', '私钥', '设备', '智能密码钥匙', '卡被锁定', '该卡已锁死'],
      noMatch: ['keyboard', '社保卡已挂失', '月卡办理'],
    },
  },
  {
    id: 'signature',
    variants: ['(?:签名|加密|摘要|哈希|密钥交换)?算法|(?:数字)?签名(?:数据)?|验签|加密|解密|随机数|签章'],
    source: `${MINED}: "数字签名错误", "随机数验证错误", "客户端签名失败"; the algorithm a certificate signs with (tests/fixtures/corpus/tuning.json: Firefox PSM)`,
    examples: { match: ['数字签名', '验签', '随机数', '签名算法'], noMatch: ['签到'] },
  },
  {
    id: 'browser',
    variants: [
      '浏览器|(?<![a-z])browsers?(?![a-z])|(?<![a-z])ie\\d{0,2}(?![a-z])|internet explorer|chrome|谷歌|edge|firefox|火狐|safari|360|搜狗|qq浏览器',
      '极速模式|兼容模式|高速模式|兼容性视图|cookies?|javascript|弹出窗口|(?:受信任的?|可信|信任)站点',
      // the browser's document or text mode, the computer's operating system ("不支持您的操作系统")
      '(?:文档|文本)模式|操作系统(?!时间|日期|时钟)',
    ],
    source: `${MINED}: "请使用IE浏览器", "火狐浏览器版本过低", "搜狗浏览器请采用高速模式", "您的浏览器不支持cookies"`,
    examples: { match: ['浏览器', 'IE11', '极速模式', 'cookie', 'browser'], noMatch: ['pie'] },
  },
  {
    id: 'qr-code',
    variants: ['二维码|扫码'],
    source: `${MINED}: "请求已超时,请重新扫码"`,
    examples: { match: ['二维码'], noMatch: ['验证码'] },
  },
  {
    id: 'web-page',
    variants: [
      '网页|页面|网站|站点|空白页|文档|网域|域名|(?:网络)?资源',
      // a link sent for a login step (activation, reset) that lapsed: "此链接已过期"
      '(?:此|该|这个|激活|重置|验证|邀请)?链接(?=已|无效|失效|过期)',
      // a host name said as the subject of a browser error ("etax.example.gov.cn 未发送任何数据")
      '(?<![a-z0-9.-])[a-z0-9-]{1,30}\\.(?:[a-z0-9-]{1,30}\\.)?(?:[a-z0-9-]{1,30}\\.)?(?:gov\\.cn|com\\.cn|com|cn|net|org)(?![a-z0-9.])',
    ],
    source:
      'browser error pages and portal 404 pages (tests/fixtures/corpus/tuning.json: Firefox, RuoYi): "找不到页面", "页面加载出错"',
    examples: { match: ['页面', '网站'], noMatch: ['页码'] },
  },
  {
    id: 'session',
    // a CAS service ticket is the session's pass ("票据无效", "ticket已过期")
    variants: [
      'csrf ?(?:token|令牌)?|xsrf|jwt|表单(?=已?(?:过期|失效))|会话|session|token|(?:验证|访问|刷新)令牌|(?:登录|登陆|用户)状态|单点登录(?=会话|状态)|(?:服务|登录)?票据|ticket',
    ],
    source: `${MINED}: "会话已过期", "无效的token", "登录状态已过期"`,
    examples: { match: ['会话', 'token', '登录状态', '票据'], noMatch: ['登录'] },
  },
  {
    id: 'agent',
    variants: [
      '办税(?:人员|员)?(?:身份|权限)?|经办人(?:身份|权限)?|关联关系|绑定关系|授权关系|任职关系|(?:办理|办税)权限',
      '财务负责人|开票员|办税员|涉税服务人员|授权人',
    ],
    source: `${MINED}: "未查询到您与该企业的关联关系信息"; tpass role names (办税员, 财务负责人, 开票员)`,
    examples: { match: ['关联关系', '办税人员', '办理权限'], noMatch: ['纳税人'] },
  },
  {
    id: 'id-number',
    variants: ['(?:居民)?身份证(?:号码|号|件)?|证件(?:号码|号)?|证照号码|身份号码'],
    source:
      'login forms ask for the agent’s 身份证号/证件号码 (tests/fixtures/examples/messages-sample.json negatives)',
    examples: { match: ['身份证号', '证件号码'], noMatch: ['证书'] },
  },
  {
    id: 'person-name',
    variants: ['姓名|真实姓名'],
    source: 'real-name checks pair 姓名 with the ID number',
    examples: { match: ['姓名'], noMatch: ['名称'] },
  },
  {
    id: 'phone',
    variants: [
      '手机号码|手机号|手机|电话号码|联系电话|(?:电子)?邮箱(?:地址)?|电子邮件(?:地址)?|e-?mail',
      '(?<![a-z])(?:(?:mobile |cell )?phone|mobile)(?: number)?(?![a-z])',
    ],
    source: `${MINED}: "手机号和验证码不能为空"`,
    examples: { match: ['手机号码', '手机号'], noMatch: ['手机验证码'] },
  },
  {
    id: 'company',
    variants: ['单位|企业|公司|纳税人|机构|主体|法人'],
    source: `${MINED}: "未获取到合法的纳税人信息", "非本单位证书"`,
    examples: { match: ['企业', '纳税人'], noMatch: ['纳税人识别号'] },
  },
  {
    // what the login hands back or checks as a whole: wrong when it was typed, a stale login when it lapses
    // ("登录凭证已失效" is no expired password)
    id: 'credentials',
    variants: [
      '(?:登录|身份|访问|认证|用户)?(?:凭据|凭证)|认证信息|身份信息|登录信息|身份(?=已经?(?:过期|失效)|无效)',
      '(?<![a-z])(?:login |sign-?in )?credentials?(?![a-z])',
    ],
    source: `${MINED}: "认证信息无效", "无效的登录凭证"; SSO texts where a lapsed credential means logging in again`,
    examples: { match: ['登录凭证', '凭据', '认证信息'], noMatch: ['密码', '证书'] },
  },
  {
    id: 'password',
    variants: ['(?:登录|用户|个人|单位|原|旧|初始)?(?:密码|口令|密碼)|password|passwd'],
    source: `${MINED}: "账号或密码不正确", "登录口令错误", "认证信息无效", "无效的登录凭证"`,
    examples: { match: ['密码', '登录口令'], noMatch: ['证书密码', '凭据'] },
  },
  {
    id: 'account',
    variants: [
      '(?:登录|用户|个人|单位|主|企业)?(?:账号|帐号|账户|帐户)|用户名|登录名|(?<!证书)用户|户名|租户|商户|客户(?!端)',
      // the person looked up ("查无此人", "该人员不存在")
      '(?<=[此该])人(?:员)?(?=$|[,.!;。?]|信息|不存在|未|没有)',
      'username|user name|(?<![a-z])user(?![a-z])|account',
    ],
    source: `${MINED}: "用户不存在或被禁用", "主账户未激活", "账户已锁定"`,
    examples: { match: ['账号', '用户名', '帐户'], noMatch: ['密码'] },
  },
  {
    // where the login comes from: an address outside the allowed ones is refused ("您的IP不在白名单内")
    id: 'ip-address',
    variants: ['(?<![a-z])ip(?:地址)?(?![a-z])|登录(?:地点|地址|位置)'],
    source: 'admin frameworks with IP allow lists (RuoYi-style "登录IP已被列入系统黑名单")',
    examples: { match: ['IP地址', 'ip'], noMatch: ['zip', 'pipe'] },
  },
  {
    id: 'clock',
    variants: ['(?:计算机|系统|电脑)(?:上的)?(?:时间|时钟|日期)|时钟|日期和时间|日期时间'],
    source: 'browser error pages (tests/fixtures/corpus/tuning.json: Firefox): "您的计算机时间有误"',
    examples: { match: ['计算机时间', '系统时钟'], noMatch: ['时间'] },
  },
  {
    id: 'server',
    variants: ['(?:内部)?服务器(?!证书)', '(?<![a-z])servers?(?![a-z])(?! certificate)'],
    source: `${MINED}: "连接服务器失败", "服务器异常,请重试"; portal 500 pages (tests/fixtures/corpus/tuning.json): "服务器错误,请联系管理员"`,
    examples: { match: ['服务器', '内部服务器'], noMatch: ['服务'] },
  },
  {
    id: 'request',
    // a form sent to the server ("提交失败") fails as a request does: on the way, not on the credentials
    variants: [
      '(?:认证|登录|授权)?请求(?:发起方)?|(?<![a-z])request(?![a-z])|身份提供(?:方|者|程序|商)|(?:表单|数据)?提交',
    ],
    source:
      'SSO texts (tests/fixtures/corpus/tuning.json: CAS): "非法的请求", "无效/未知请求"; portals: "请求失败,请稍后再试"',
    examples: { match: ['请求', '认证请求', '提交'], noMatch: ['请'] },
  },
  {
    id: 'network',
    variants: [
      // "连接服务器时出现错误": the line to the server, not the server itself (first: an alternation takes its first branch)
      '连接(?:到|至)?(?:远程)?服务器|(?:与|和)服务器(?:的|之间的)?连接|服务器连接',
      '网络(?:连接|协议|请求)?|网址|互联网|联网|上网|连接|(?<=tls|ssl|对方|终止了|断开了|中断了)链接|接口|ajax|http|网关|代理服务器|代理|防火墙|dns|数据传输|i/o|内容编码',
      '(?<![a-z])(?:network|connection|socket)s?(?![a-z])',
      // a wait counted in milliseconds is a request's, never a login's ("timeout of 10000ms exceeded")
      '(?<![\\d.])\\d{2,6} ?ms(?![a-z])',
    ],
    source: `${MINED}: "网络连接失败", "接口请求超时", "ajax失败"; HTTP client libraries' English timeouts`,
    examples: {
      match: ['网络', '互联网', '接口', 'connection', '10000ms'],
      noMatch: ['系统', '服务器', 'msg', '5 msgs'],
    },
  },
  {
    id: 'system',
    // "系统资源" are what the system holds ("认证失败,无法访问系统资源": a refusal, not a system that is down)
    variants: [
      '系统(?!资源)|服务|平台|网厅|电子税务局|cas|应用程序',
      '(?<![a-z])(?:service|system|platform)s?(?![a-z])',
    ],
    source: `${MINED}: "系统正在维护中", "服务暂时不可用", "系统繁忙"; English server pages ("Service Unavailable")`,
    examples: { match: ['系统', '服务', 'service'], noMatch: ['网络', 'webservice'] },
  },
  {
    id: 'login',
    variants: [
      '登录|登陆|认证|身份验证|身份认证|身份校验|验证|校验|操作|授权|访问|请求|mfa',
      '(?<![a-z])(?:log ?in|sign ?in|sign-in|authentication|authorization)(?![a-z])',
    ],
    source: `${MINED}: "登录失败", "身份验证失败", "操作失败"`,
    examples: { match: ['登录', '身份验证'], noMatch: ['注册'] },
  },
  {
    // a form field by its generic name, as validators say it ("此字段是必填的", "无效值"): the field is the thing
    id: 'field',
    // a bare 值 only next to what a validator says of it ("无效值", "值不能为空"), never inside a word (价值)
    variants: [
      '(?:此|该|这个|本)(?:字段|项|输入项)|必填项|输入项|输入框|文本框|字段|(?<=无效的?|非法的?|错误的?|输入的|填写的)值|(?<![\\u4e00-\\u9fff])值(?=不能|无效|错误|为空|不正确|有误|格式)',
      // what was typed, said first and alone ("输入有误,请检查"); "密码输入有误" keeps the password as its thing
      '(?<![\\u4e00-\\u9fff])输入(?:的)?(?:内容|信息)?(?=有误|错误|不正确|不合法|无效|格式)',
    ],
    source:
      'form validators of SSO and admin frameworks (tests/fixtures/corpus/tuning.json: Keycloak "请指定此字段", "无效值")',
    examples: { match: ['此字段', '输入项', '无效值', '输入有误'], noMatch: ['价值观', '密码输入有误'] },
  },
];
