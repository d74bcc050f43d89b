import type { Rule } from '../rule';

/** Account and credentials: password, codes, company id, registration, agent binding, locks. Sorted by id. */
export const ACCOUNT_RULES: readonly Rule[] = [
  {
    id: 'account-locked.now',
    category: 'account-locked',
    patterns: [
      '(?:已|已经|已被|(?<![将会])被|予以)(?:暂时)?(?:锁定|冻结|锁住|停用|禁用|禁止登录)',
      '{acct}~(?:已被?|被)(?:注销|封(?:禁|停|号)?)',
      '{acct}(?:已|已经)?(?:锁定|冻结|停用|禁用)(?!后|之后|以后|时)',
      '(?:账号|帐号|账户|帐户)(?:已经?|已被)?(?:过期|失效)',
    ],
    // a locked USB key is pin-locked, disabled cookies are the browser's; a FAQ link is no error
    unless: [
      '(?:{dev}|pin|证书|cookie|javascript|脚本|插件|控件|弹出窗口|客户端|应用|功能|ssl|tls|协议|token|会话|令牌)~(?:已|被|锁|冻结|禁用)',
      '(?:禁用|阻止|关闭|屏蔽)(?:了)?~(?:cookie|javascript|脚本|插件|控件|弹出窗口)',
      '怎么办|如何|解锁方法',
    ],
    severity: 'error',
    priority: 92,
    examples: {
      match: [
        '账号已被锁定,请联系管理员',
        '您的账户已冻结',
        '该用户已被注销',
        '账号被封禁',
        '账号因多次登录失败已被暂时锁定',
        '该账号已停用',
        '用户帐号已过期',
        '帐户锁定30分钟',
      ],
      noMatch: ['账号被锁定怎么办?', 'PIN码已被锁定', '锁定屏幕', '超过5次后账号将被锁定', 'Cookie已被禁用'],
    },
  },
  {
    id: 'account-locked.too-many',
    category: 'account-locked',
    patterns: ['(?:错误|失败|输错|尝试)(?:次数)?(?:过多|太多|已达上限|超过限制)'],
    // a code tried too often is spent, not the account ("短信验证码错误次数过多，请重新获取"): the concept layer's
    unless: [
      '{dev}|pin|证书',
      '(?:验证码|校验码|动态码)~(?:错误|输错|失败|尝试)(?:次数)?(?:过多|太多|已达上限|超过限制)',
      '(?:验证码|校验码|动态码)~(?:已经?)?(?:失效|过期|作废)',
    ],
    severity: 'error',
    priority: 88,
    examples: {
      match: ['连续登录失败次数过多,请稍后再试', '尝试次数过多,请稍后再试'],
      noMatch: ['PIN码错误次数过多', '密码错误', '短信验证码错误次数过多'],
    },
  },
  {
    // "还有2次机会" reports a consequence: shown below any cause the same message names (the headline is the cause)
    id: 'account-locked.tries-left',
    category: 'account-locked',
    patterns: [
      '(?:还有|还剩|剩余|剩下|还可以?|还能)(?:尝试|输入|登录|重试)?(?:机会)?#次',
      '(?:剩余|剩下|可用)(?:尝试|输入|登录|重试)?次数(?:为|是|:)?#',
    ],
    unless: ['{dev}|pin|证书'],
    severity: 'error',
    priority: 52,
    examples: {
      match: ['用户名或密码错误,还可尝试2次后账号将被锁定', '登录失败,还有3次机会'],
      noMatch: ['校验证书密码失败!您还有3次机会重试!', '密码错误', '剩余时间60秒'],
    },
  },
  {
    id: 'account-not-registered.missing',
    category: 'account-not-registered',
    patterns: [
      '(?:尚|还)?(?:未|没有)(?:注册|激活|开通|开户)|(?:未|没有)在~(?:注册|登记|开户)',
      '{acct}(?:信息)?(?:不存在|无法识别|找不到)',
      '(?:未找到|找不到|查不到|查询不到|不存在的|未知)(?:该|此)?{acct}',
    ],
    // "user does not exist or password wrong" is a password answer; registration links are no error
    // a sign-up policy beside a phone login ("未注册的手机号验证后将自动注册") tells what will happen, not what failed
    unless: ['{pw}', '证书', '立即注册|免费注册|去注册|点击注册|马上注册', '(?:将|会|可)?自动(?:注册|生成|创建|开通)'],
    severity: 'error',
    priority: 62,
    examples: {
      match: ['该用户未注册,请先注册', '该企业未在电子税务局注册', '账号不存在', '未知用户', '单位账号[A0001]尚未激活'],
      noMatch: ['用户名不存在或密码错误', '还没有账号?立即注册', '证书未注册', '未注册用户登录时将自动创建账号'],
    },
  },
  {
    id: 'agent-not-linked.relation',
    category: 'agent-not-linked',
    patterns: [
      '(?:未查询到|未找到|不存在|没有|无)~(?:关联关系|绑定关系|办税(?:人员)?(?:身份|权限)|经办(?:人)?(?:身份|权限|关系))',
      '(?:不是|非|并非)(?:该|本)(?:单位|企业|公司)的?(?:办税人员?|经办人|管理员|财务负责人|开票员|授权人|人员)',
      '(?:经办人|办税人员?|您|用户)~(?:未|没有|尚未)~(?:关联|绑定|授权|备案)|(?:未|没有|尚未)(?:关联|绑定)(?:任何)?(?:单位|企业|公司)',
      '(?:您|用户|经办人)?(?:无|没有|暂无)(?:该单位|该企业|此单位|本单位)的?(?:登录|访问|操作|办理)?权限|(?:无|没有|暂无)(?:办理|办税|经办)权限',
    ],
    severity: 'error',
    priority: 68,
    examples: {
      match: [
        '账号未关联任何单位',
        '未查询到您与该企业的关联关系信息',
        '您不是该企业的办税人员',
        '经办人未与该单位建立关联关系',
        '您暂无该单位的办理权限',
      ],
      noMatch: ['未授权,请重新登录', '权限管理', '账号未绑定手机号', '您无权访问此页面'],
    },
  },
  {
    id: 'captcha-wrong.image',
    category: 'captcha-wrong',
    patterns: [
      '(?<!短信|手机|动态|邮箱|邮件)(?:图形|图片)?(?:验证码|校验码)(?:输入)?(?:{bad}|已?{gone}|不能为空|为空|不存在)',
      '请(?:重新)?输入正确的(?:图形|图片)?验证码|(?:未|没有)(?:输入|填写)(?:图形|图片)?(?:验证码|校验码)',
      '(?:滑块|拼图|滑动|人机)(?:验证|校验)?(?:失败|错误|不通过|未通过|超时)',
      '请(?:先)?(?:完成|进行)?(?:滑块|拼图|滑动)(?:验证|校验)',
    ],
    // a message about a phone or a text message: its bare "验证码" is the SMS code (the concept layer reads it so)
    unless: ['{sms}'],
    severity: 'error',
    priority: 55,
    examples: {
      match: ['验证码错误', '图形验证码已过期', '验证码不正确.', '验证码无效', '滑块验证失败,请重试', '未输入验证码'],
      noMatch: [
        '手机验证码错误',
        '请输入验证码',
        '请拖动滑块完成验证',
        '看不清?换一张',
        '未输入短信验证码',
        '手机号或验证码错误',
      ],
    },
  },
  {
    id: 'credit-code-wrong.company-id',
    category: 'credit-code-wrong',
    patterns: [
      '(?:信用代码|纳税人识别号|识别号|税号|组织机构代码|单位编号|单位代码|社保登记证号)~(?:{bad}|不存在|未找到|查询不到|格式)',
      '(?:请输入|请填写)(?:正确|有效|合法)的~(?:信用代码|纳税人识别号|税号|组织机构代码|单位编号)',
      '(?:未找到|查询不到|未查询到|不存在)(?:该|此|对应的)?(?:纳税人|单位|企业)(?:信息)?',
      '(?:纳税人|单位|企业)(?:信息)?不存在',
    ],
    unless: ['{pw}'],
    severity: 'error',
    priority: 65,
    examples: {
      match: [
        '输入的统一社会信用代码或纳税人识别号错误',
        '纳税人识别号不存在',
        '请输入正确的统一社会信用代码',
        '未找到该单位信息',
      ],
      noMatch: ['统一社会信用代码/纳税人识别号', '单位编号或密码错误'],
    },
  },
  {
    id: 'input-missing.empty',
    category: 'input-missing',
    patterns: [
      '(?:不能|不可|不得|不允许)为空|为必填项|(?:必须|必需)填写',
      '请(?:先)?(?:填写|输入|选择)(?:完整|全部)',
      '缺少~(?:信息|参数|字段|内容)',
      '格式(?:不正确|错误|有误|不对)',
      '(?:长度|位数)(?:不正确|不能|应|必须|需)|(?:应|需|必须)(?:在|为)#(?:-|到|至)#位|应为#位',
      '(?:不能|不得)少于#位|(?:不能|不得)(?:超过|多于)#(?:个字符|位)',
      '请(?:输入|填写)正确的',
      // the whole form asked for again, or in the right form: "请正确填写登录信息", "请先完整输入手机号码和验证码"
      '请(?:先)?(?:正确|完整)(?:地)?(?:输入|填写|录入)',
      'please (?:enter|input|provide) (?:a |an |the )?(?:valid|correct)',
    ],
    severity: 'warning',
    priority: 30,
    examples: {
      match: [
        '用户名不能为空',
        '密码应在4-16位之间',
        '手机号码格式不正确',
        '请求中缺少必要的验证码信息',
        '请正确填写单位信息',
        'please enter a valid email address',
      ],
      noMatch: ['请输入您的账号', '密码长', '用户名'],
    },
  },
  {
    // A bare "请输入…" is a placeholder as often as an error; only a field error or a popup makes it an error.
    id: 'input-missing.prompt',
    category: 'input-missing',
    patterns: ['^请(?:先)?(?:输入|填写|选择)[^,.!?;:。]{1,16}[.!。]?$'],
    surfaces: ['field', 'toast', 'dialog', 'alert'],
    severity: 'warning',
    priority: 29,
    examples: { match: ['请输入密码', '请输入用户名!'], noMatch: ['用户名', '请输入密码,密码为6位数字,忘记请找回'] },
  },
  {
    id: 'password-expired.change',
    category: 'password-expired',
    patterns: [
      '{pw}(?:已经?)?(?:过期|失效|到期)',
      '{pw}(?:有效期)?已?超过#天',
      '{pw}~超过(?:有效期|期限)',
      '(?:必须|需要|需|请先|请)(?:修改|更改|重置)(?:初始)?{pw}(?:后|才能|再)',
      '初始密码~(?:不允许|不能|无法)登录|(?:正在|仍在)?使用(?:的是)?初始密码',
      '{pw}强度(?:不够|太弱|过低|不足)',
    ],
    unless: ['温馨提示|小贴士|说明:|提示:', '{dev}|pin|证书'],
    severity: 'error',
    priority: 70,
    examples: {
      match: ['您的密码已过期,必须更改', '密码已超过90天未修改,请修改密码后登录', '初始密码不允许登录,请先修改密码'],
      noMatch: ['温馨提示:首次登录请修改初始密码', '修改密码', '证书密码已过期'],
    },
  },
  {
    id: 'password-wrong.credentials',
    category: 'password-wrong',
    patterns: [
      '{pw}(?:输入)?{bad}',
      '无效的?{acct}?(?:或|和|/)?{pw}',
      '(?:凭据|凭证|认证信息|登录信息)(?:无效|错误|有误|不正确)|无效的?(?:登录)?(?:凭据|凭证)',
      '{acct}(?:或|和|/)?{pw}(?:错误|不正确|有误|不对)',
      '(?:请|请重新)输入(?:一个)?正确的(?:{acct}(?:和|或|及|与|/))?{pw}',
      // "请检查账号和密码": the pair to check is the diagnosis (advice: silent beside the form)
      '检查(?:您的)?(?:输入的)?{acct}(?:和|与|及|或|/){pw}',
      'invalid (?:username|user name|password|credentials)|bad credentials|incorrect (?:username|password)',
      // "Invalid email or password", "The provided credentials are incorrect": English puts the verdict first or last
      '(?:invalid|incorrect|wrong) (?:user ?name|username|email|e-mail|login|account|phone number)s? ?(?:or|and|/) ?password|credentials (?:are |were )?(?:incorrect|invalid|wrong)|credentials do not match',
    ],
    // a key's PIN is pin-wrong; a one-time password ("动态口令错误") is the SMS/OTP code
    unless: ['{dev}|pin|证书', '(?:动态|一次性|短信|手机|身份验证器|令牌|二次|两步)(?:密码|口令)'],
    severity: 'error',
    priority: 60,
    examples: {
      match: [
        '用户名或密码错误',
        '账号或密码有误,请重新输入',
        '登录口令错误',
        '无效的用户名或密码。',
        '认证信息无效。',
        '无效的登录凭证',
        'Invalid email or password.',
        '请输入正确的用户名和密码',
      ],
      noMatch: ['原证书口令错误', '忘记密码?', '确认密码', '个人用户密码(初始密码为证件号码后六位)', '私钥密码错误'],
    },
  },
  {
    id: 'sms-code-wrong.code',
    category: 'sms-code-wrong',
    patterns: [
      '(?:短信|手机|动态|邮箱|邮件)(?:验证码|校验码|码|口令)(?:输入)?(?:{bad}|已?{gone}|不能为空|为空)',
      '(?:请先|请)(?:获取|发送)(?:短信|手机)?验证码|(?:未|没有)(?:获取|发送)(?:短信)?验证码|验证码(?:尚未|还未|未)(?:发送|获取)',
      '(?:短信|验证码|动态码)~(?:发送|下发)失败',
    ],
    severity: 'error',
    priority: 58,
    examples: {
      match: [
        '短信验证码错误,请重新输入',
        '手机验证码已失效',
        '动态码错误',
        '请先获取短信验证码',
        '验证码发送失败,请重试',
        '邮件验证码已过期',
        '短信验证码尚未发送',
      ],
      noMatch: ['短信验证码已发送至您的手机', '获取验证码', '请输入短信验证码'],
    },
  },
  {
    id: 'sms-code-wrong.too-often',
    category: 'sms-code-wrong',
    patterns: [
      '(?:短信|验证码|动态码)~(?:过于|太|过)频繁',
      '短信~(?:请求|发送)(?:太多|过多|次数过多)|(?:发送|获取)次数(?:过多|已达上限|超过上限)',
      '请求(?:过于|太|过)频繁',
    ],
    severity: 'warning',
    priority: 57,
    examples: {
      match: ['验证码发送过于频繁,请60秒后重试', '短信接口请求太多,请稍后再试!', '请求过频繁'],
      noMatch: ['60秒后重新获取', '验证码已发送'],
    },
  },
  {
    // the same limit said as a prohibition, in a popup right after "获取验证码" was clicked ("请勿频繁获取…", "请勿在
    // 1分钟内重复发送…"); standing beside the button (inline, page) it is the page's rule, so only on popups
    id: 'sms-code-wrong.too-often-prohibited',
    category: 'sms-code-wrong',
    patterns: [
      '(?:请勿|请不要|不要|不能|不可)[^,.!?;。]{0,10}?(?:频繁|重复|多次|反复)(?:地)?(?:获取|发送|请求|点击)~(?:验证码|短信|动态码|校验码)',
    ],
    surfaces: ['toast', 'dialog', 'alert'],
    severity: 'warning',
    priority: 56,
    examples: {
      match: ['请勿频繁获取验证码', '请勿在1分钟内重复发送短信验证码', '不要频繁点击获取验证码'],
      noMatch: ['请勿将验证码告知他人', '获取验证码', '请勿频繁操作'],
    },
  },
];
