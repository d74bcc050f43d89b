import type { StateConcept } from './types';

const MINED = 'tests/fixtures/messages-mined.json and tests/fixtures/examples/messages-sample.json';

/**
 * What a message says about a thing, with its wordings. ORDER MATTERS as in objects.ts: at each place the first
 * state whose words start there is taken, so compound wordings ("错误次数过多", "即将过期", "将被锁定") come before
 * their parts ("错误", "过期", "锁定").
 */
export const STATES: readonly StateConcept[] = [
  {
    id: 'too-many',
    side: 'before',
    alone: 'account-locked',
    variants: [
      '(?:尝试|输入|错误|失败|输错|登录|认证|验证|重试)?次数(?:过多|太多|已达上限|已达到上限|超过限制|超出限制|超限|已超限|已用完|用尽|超过上限)',
      // "错误次数超过十次": a count of failures already passed
      '(?:错误|失败|输错)次数(?:已经?)?(?:超过|超出|达到|已达)(?:了)?#次',
      '(?:过于|太|过|较为)频(?:繁|率)|(?:请求|发送|获取)(?:太多|过多)|(?:已有)?过多的?(?=会话|连接|请求)|超(?:过|出)(?:当日|今日|每日|最大|限定|规定|允许的?)?(?:~发送)?(?:次数|数量|上限|限制)|已达(?:到)?(?:当日|今日|每日)?上限',
      '(?:连续|多次)(?:输错|错误|失败|登录失败|认证错误|输入错误)(?:次数)?(?:过多|太多)',
      'too many (?:[a-z]{1,12} )?(?:[a-z]{1,12} )?(?:attempts|requests|tries|failures)',
      // a limit reached, the limit named after a short gap: "已超过今天发送短信次数的限制", "已达本日登录次数限制"
      '(?:已|已经)?超(?:过|出)了?[^,.!?;:。]{0,10}?次数的?(?:上限|限制)?|已(?:经)?达(?:到)?了?[^,.!?;:。]{0,10}?次数?的?(?:上限|限制)',
      // sending or trying often, said as a fact ("频繁发送短信"); "请勿频繁…" is a rule, and stays one
      '(?<!勿|不要|不能|禁止|避免)频繁(?:地)?(?:发送|获取|请求|登录|尝试|操作)',
      // "短信发送频繁", "登录频繁,稍后重试", "发送频率异常": the verb first, then how often
      '(?<=发送|获取|请求|登录|尝试|操作|访问)(?:过于|太|较为)?频繁|频率(?:异常|过高|过快|太快|太高|超限)',
    ],
    source: `${MINED}: "密码错误次数过多", "尝试次数过多", "验证码发送过于频繁", "今日短信发送次数已达上限"; limits reached with the limit named after a gap, and sending often (tests/fixtures/corpus/tuning.json, round 6)`,
    examples: {
      match: [
        '错误次数过多',
        '发送过于频繁',
        '次数已达上限',
        '连续认证错误次数过多',
        'too many login attempts',
        '已超过最大尝试次数',
        '已达本月登录次数限制',
        '频繁发送短信',
      ],
      noMatch: ['错误', '连续错误5次', '请勿频繁发送', '超过5次后', '频繁'],
    },
  },
  {
    id: 'tries-left',
    side: 'before',
    alone: 'account-locked',
    variants: [
      '(?:还有|还剩|剩余|剩下|还可以?|还能|仅剩|只剩|尚有)(?:尝试|输入|登录|重试|验证)?(?:机会)?#次',
      '(?:剩余|剩下|可用|可尝试)(?:尝试|输入|登录|重试){0,2}次数(?:为|是|:|还有)?#',
      '第(?![一1]次登)#次(?:尝试|输入|登录|失败|错误)|已(?:输入)?错误(?:次数)?:?#次?',
      '(?:还有|还剩|仅剩|只剩|只有)?最后(?:一|1)次(?:尝试|输入|登录)?的?机会',
    ],
    source: `${MINED}: "还有 3 次机会", "还可尝试2次", "已输入错误次数:3", "剩余重试次数2次"`,
    examples: { match: ['还有3次机会', '剩余尝试次数:2', '还可尝试2次'], noMatch: ['还有10天过期'] },
  },
  {
    // "请于1天后再尝试登录", "请30分钟后再试": a wait imposed on the login. Like "还有2次机会" it tells a consequence,
    // so a cause the same message names goes first ("密码错误，请30分钟后再试" is the password)
    id: 'wait',
    side: 'before',
    alone: 'account-locked',
    variants: [
      '(?:请|需|须|需要)(?:您)?(?:于|在)?#(?:个)?(?:天|小时|分钟|秒钟?)(?:后|之后|以后)(?:再|重新)?(?:次)?(?:尝试|试|登录|登陆)',
      'try again in # (?:seconds?|minutes?|hours?)',
    ],
    source:
      'login lock-outs of admin frameworks and SSO servers (tests/fixtures/corpus/tuning.json: "请于1天后再尝试登录")',
    examples: {
      match: ['请于1天后再尝试登录', '请30分钟后再试', 'try again in 60 seconds'],
      noMatch: ['60秒后重新获取', '请稍后再试'],
    },
  },
  {
    id: 'will-lock',
    side: 'before',
    alone: 'account-locked',
    variants: ['(?:将|将会|会|即将|就会|则会|则将)被?(?:锁定|冻结|锁死|锁住|停用|禁用|禁止登录)'],
    source: `${MINED}: "超过 3 次后账号将被锁定", "累计失败5次后账号将被锁定30分钟"`,
    examples: { match: ['将被锁定', '会被冻结'], noMatch: ['已被锁定'] },
  },
  {
    id: 'locked',
    side: 'before',
    variants: [
      '(?:已经?|已被|被|予以|暂时|临时)?(?:暂时|临时)?(?:(?<!大写)锁定|冻结|锁死|锁住|停用|禁用|封(?:禁|停|号)|禁止登录|挂失)(?!后|之后|以后|时)',
      '(?:已|已经|被|已被)锁|被封了?|(?:已经?)离职|(?:已被|被)暂停(?:使用|登录|登陆)|(?:被)?上锁|(?:已|已经)?被限制(?:登录|登陆|使用)|禁止(?:该)?(?:用户|账号|帐号)登录',
      '(?<![a-z])(?:is |been |was )?(?:locked(?: out)?|disabled|suspended|blocked|deactivated|inactive)(?![a-z])',
    ],
    source: `${MINED}: "账户已锁定", "账户已禁用", "用户被封了", "您的证书密码已被锁死"`,
    examples: {
      match: ['已被锁定', '冻结', '被封了', '已禁用', 'account is disabled', 'this account is inactive'],
      noMatch: ['将被锁定', 'unlocked'],
    },
  },
  {
    id: 'elsewhere',
    side: 'before',
    alone: 'session-expired',
    variants: [
      '已经?(?:在|于)(?:其他|其它|别的|另一|另外)[^,.!?;:。]{0,8}登录|在别处登录|异地登录|(?:他人|别人|其他人|另一用户)~(?:登录|使用)',
      '(?:账号|帐号|账户|帐户|用户)(?:可能|或许|已经?)?(?:在|于)(?:其他|其它|别的|另一|另外)[^,.!?;:。]{0,8}(?:登录|登陆)(?!时|后|的|会|将)',
      '已经?(?:在|于)(?:其他|其它|别的|另一|另外)[^,.!?;:。]{0,8}登陆|(?:在|于)(?:其他|其它|别的|另一|另外)(?:台|个)?(?:设备|终端|电脑|地方|浏览器|地点)上?(?:做了|进行了)(?:登录|登陆)',
      '(?:另一个|其他|多个)(?:活动的?|并发的?)?(?:单点登录)?会话|被(?:挤|踢|顶)(?:下线|出|掉)|被迫下线|(?:被)?强制(?:下线|退出)|最大会话数|maximum sessions|session limit|会话数(?:已达|超过|超出)',
      '(?:上次|之前|前一次)~(?:未|没有)(?:正常)?(?:退出|注销)|重复登录|已(?:经)?登录(?:了)?(?:其他|另一)',
      '(?<=账号|帐号|账户|帐户|用户)正在(?:被)?(?:使用|登录|在线)中',
      '(?<![a-z])(?:kicked|logged|signed)(?: (?:out|off|in))?(?: (?:from|on|in|at))? (?:an|the)? ?other (?:device|location|browser|session)|(?:logged|signed) in elsewhere',
      // another user holds this browser or machine: "已以不同用户…的身份登录", "其他用户正在使用本机登录"
      '(?:当前|本机|浏览器)?已(?:经)?有(?:其他|其它|别的)?(?:用户|账号|帐号)(?:在)?(?:登录|登陆|在线)|以(?:不同|其他|其它|另一个?)的?(?:用户|账号|帐号|身份)|(?:其他|其它|另一个?)(?:用户|账号|帐号)~(?:已|仍|还|正在)~(?:登录|登陆|在线|使用)(?!时|后|的|会|将)',
    ],
    source: `${MINED}: "您的账号已在其他地方登录", "已经超过了当前主体(5)被允许的最大会话数量", "被强制下线"`,
    examples: {
      match: [
        '已在其他地方登录',
        '被挤下线',
        '上次登录未正常退出',
        '已以不同用户身份登录',
        '其他用户仍在本机登录',
        'kicked from the other device',
        'signed in elsewhere',
      ],
      noMatch: ['在其他设备上登录请扫码', '切换其他用户'],
    },
  },
  {
    id: 'expiring',
    side: 'before',
    variants: [
      '(?:还有|还剩|剩余|将在|将于|距)(?:(?<days>#)天|(?<hours>#)个?小时|(?<minutes>#)分钟)(?:后)?~(?:过期|到期|失效)',
      '(?:即将|快要|将要|马上|就要)(?:过期|到期|失效)|将于~(?:过期|到期)|(?:有效期)?(?:不足|少于|仅剩|只剩|不到)#(?:天|个?小时|个?月)',
    ],
    source: `${MINED}: "您的证书还有30天过期", "您的IC卡还有7天到期", "有效期将在3天后过期"`,
    examples: { match: ['还有10天过期', '即将到期', '有效期不足30天'], noMatch: ['已过期'] },
  },
  {
    id: 'not-yet-valid',
    side: 'before',
    variants: ['(?:尚|还)?未(?:生效|启用)|不在有效期(?:内)?|有效期(?:未开始|尚未开始)'],
    source: `${MINED}: "您的证书尚未生效!距离生效日期还剩3天!"`,
    examples: { match: ['尚未生效', '不在有效期内'], noMatch: ['已生效'] },
  },
  {
    // logged out by the system, not by the user ("系统自动超时退出", "超时登出"); one announced for later
    // ("将在5分钟后自动退出") is a notice (compose.ts LOGOUT_AHEAD)
    id: 'logged-out',
    side: 'before',
    alone: 'session-expired',
    variants: ['(?:超时|自动)(?:退出|登出|注销|下线)(?!成功)'],
    source:
      'idle-logout pages of portals (tests/fixtures/corpus/tuning.json, round 6: "系统自动超时退出,请重新登录系统")',
    examples: { match: ['超时退出', '自动登出'], noMatch: ['退出', '安全退出', '自动退出成功'] },
  },
  {
    // waiting too long: a stale login for the user's own things ("账号超时", "登录超时"), a slow line for the network's
    id: 'timeout',
    side: 'before',
    alone: 'session-expired',
    variants: ['(?:已经?)?超时(?!时间|时长|设置|前|后)|(?:响应)?时间过长|timed? ?out'],
    source: `${MINED}: "登录超时", "接口请求超时"; "账号超时，请重新登录" (tests/fixtures/corpus/tuning.json)`,
    examples: { match: ['超时', '已超时', 'timed out'], noMatch: ['超时时间设置'] },
  },
  {
    id: 'expired',
    side: 'before',
    variants: [
      // "到期前30天请续期", "过期后请重新获取": a time around the expiry, said as a policy, is no expiry
      '(?:已经?|已被)(?:过期|失效|到期)(?!时间|时长|日|提醒|设置|查询|前|之前|以前|后|之后|以后)|(?<!已|已经|已被|后|将|将会|会)(?:过期|失效|到期)(?!时间|时长|日|提醒|设置|查询|前|之前|以前|后|之后|以后|请|时|即|就)|过了?有效期|有效期已过|超(?:过|出)(?:了)?(?:最后使用期限|有效期|使用期限)',
      '已经?无效|不再有效|不在活动状态|(?:已)?不活动|已经?(?:结束|终止)(?!登录|会话)',
      'expired|no longer valid|not valid any ?more',
      // a one-time code spent already ("该验证码已被使用"): said at the end of its clause only, so "已使用IE" is no state
      '(?:已|已经)被?使用过?(?=$|[,.!;。])',
    ],
    source: `${MINED}: "证书已过期", "验证码已过期", "登录超时", "超过了最后使用期限"; one-time codes that were already used (tests/fixtures/corpus/tuning.json: Keycloak, Sa-Token)`,
    examples: {
      match: ['已过期', '已失效', '有效期已过', '验证码已被使用'],
      noMatch: ['过期时间', '超时时间设置', '已使用IE浏览器', '到期前30天', '过期后'],
    },
  },
  {
    id: 'closed',
    side: 'before',
    variants: ['(?:已经?|已被|被)(?:关闭|销户|注销|删除)(?!成功)'],
    source: 'identity look-ups that end on a closed account (tpass and city portals: 已注销, 已销户, 已关闭)',
    examples: { match: ['已注销', '已被关闭', '已销户'], noMatch: ['注销成功', '关闭'] },
  },
  {
    id: 'revoked',
    side: 'before',
    variants: ['(?:已经?|已被|被)?(?:吊销|作废|废除|废止|撤销|注销|列入黑名单|拉黑)|黑名单|revoked'],
    source: `${MINED}: "证书已废除(-2113667050)"; CA revocation wording (吊销, 作废, 列入黑名单)`,
    examples: { match: ['已被吊销', '已作废', '黑名单'], noMatch: ['撤回'] },
  },
  {
    id: 'untrusted',
    side: 'before',
    alone: 'cert-failed',
    variants: [
      '不(?:受|被)?信任|不可信|非受信|(?:不是|并非|非)(?:由)?[^,.!?;:。]{0,12}(?:颁发|签发)',
      '(?:尚)?未(?:获得|得到|被|受)?信任|不(?:受|被)?认可|不认可|(?:不是|并非)来自~(?:受信任|可信)',
      '(?<![a-z])(?:not trusted|untrusted|distrusted)(?![a-z])',
    ],
    source:
      'trust failures quoted in CA client libraries: issuer not trusted, root not trusted, not issued by the expected CA',
    examples: {
      match: ['不受信任', '不是由本系统认可的机构颁发', '未被信任', 'is not trusted'],
      noMatch: ['信任', 'trusted'],
    },
  },
  {
    id: 'policy',
    side: 'before',
    alone: 'input-missing',
    variants: [
      '不符合~(?:策略|规则|要求|政策|规范)|(?:不得|不能|不可|不允许)(?:含有|包含|使用|有|输入)(?=~(?:空格|字符|符号|汉字|中文|用户名|账号|帐号|邮箱|手机号|生日))|(?:不能|不得|不可)(?:全是|全为|全部是|全部为|纯)|(?:必须)?至少(?:包含|有|需要|选择|输入|填写)|只(?:能|可|允许)(?:包含|由|是|为|输入|填写|使用)|最短长度|不能与~相同|包含(?:无效|非法)字符|(?:无效|非法|不合法)(?:的)?字符',
    ],
    source:
      'password and field policies (tests/fixtures/corpus/tuning.json: Keycloak, RuoYi): "密码不符合密码策略", "至少包含2个数字"',
    examples: { match: ['不符合密码策略', '至少包含2个数字'], noMatch: ['符合', '密码由8-20位字母组成'] },
  },
  {
    id: 'mismatch',
    side: 'before',
    variants: [
      "不一致|不相?匹配|不相符|不符(?:合)?|不相同|不对应|对应不上|不是同一|mismatch|do(?:es)? not match|don't match",
      // "证书选择错误": the wrong one of several was picked
      '选择(?:错误|有误|不正确)|选错',
      // "两次输入密码不同" at the end of its clause (not "不同意", "不同的")
      '不同(?=$|[,.!;。])',
    ],
    source: `${MINED}: "该证书与当前单位不匹配"; the form's pairs (name & ID, account & card, code & company)`,
    examples: { match: ['不一致', '不匹配', '不符'], noMatch: ['一致'] },
  },
  {
    id: 'empty',
    side: 'before',
    alone: 'input-missing',
    variants: [
      '(?:不能|不可|不得|不允许|不可以)(?:为空|空白)|为必填项?|(?:必须|必需)(?:填写|输入|录入|确认|提供|指定)|是必(?:填|需|须)的?|必填字段',
      '(?:未|没有|尚未)(?:输入|填写|录入|选择|勾选|同意|提供|携带|传入|传递)(?!正确)|缺少(?![^,.!?;:。]{0,24}(?:权限|授权))|为空|(?:必须|请先?|需要?)(?:点击|查看并)?(?:同意|接受|勾选|阅读)',
      // "信息不完整", "证书链不完整": something the form or the check needs is not all there
      '不完整|不齐全|不全(?!面)',
      // "用户名必填" at the end of its clause; English validators ("is required", "can't be blank")
      "(?<![为是])必填(?=$|[,.!;。])|(?<!fields )(?:is|are) (?:required|missing|empty)|can'?t be (?:blank|empty)|cannot be (?:blank|empty)|must not be (?:blank|empty)",
    ],
    source: `${MINED}: "用户名不允许为空", "未输入验证码", "证书对象不能为空", "请求中缺少必要的验证码信息"`,
    examples: {
      match: ['不能为空', '未输入', '缺少', '不完整', '用户名必填', 'password is required', "email can't be blank"],
      noMatch: ['请输入', '不全面', '必填项目说明'],
    },
  },
  {
    id: 'format',
    side: 'before',
    alone: 'input-missing',
    variants: [
      '格式(?:不正确|错误|有误|不对|不合法|非法)|(?:长度|位数)(?:不正确|不对|有误|错误|不能|应|必须|需|不足|超过)|太短|过短|太长|过长',
      '(?:应|需|必须)(?:该)?(?:在|为)#(?:-|到|至)#位|(?:应|必须|须|需)为#位|(?:不能少于|不得少于)(?:为)?#位',
      // "密码不能少于8个字符", "用户名不得超过20个字": a bound the value broke
      '(?:不能|不得|不可|不允许|不应)(?:少于|低于|小于|短于|多于|超过|大于|长于|超出)#',
      'too (?:short|long)|(?:minimum|maximum) is #',
      '(?<![a-z])(?:invalid|wrong|incorrect) (?:[a-z]{1,12} )?(?:[a-z]{1,12} )?(?:[a-z]{1,12} )?format|format is (?:invalid|wrong|incorrect)',
    ],
    source: `${MINED}: "密码长度应该在6-16位之间", "纳税人识别号不能为空且至少为十位数字"; English validators ("Invalid phone number format")`,
    examples: {
      match: [
        '格式不正确',
        '长度应在6-16位',
        '不能少于8个字符',
        '不得超过20个字',
        'is too short',
        'invalid phone number format',
      ],
      noMatch: ['格式', '不超过20个字'],
    },
  },
  {
    // "用户名为2-20位字符", "最少输入6个字符", "密码必须包含字母和数字": the rule a field's value must follow. As page
    // text it is a hint beside the field (advice: silent); in a popup or under the field after a click, the value broke it
    id: 'bounds',
    side: 'before',
    alone: 'input-missing',
    imperative: true,
    variants: [
      '#(?:-|到|至|\\x7e)#(?:个)?(?:字符|位|个?汉字|字|characters)',
      '(?:最少|最多|至少|至多|最长|最短|不少于|不多于|不超过)(?:只能)?(?:输入|填写|为)?#(?:个)?(?:字符|位|字)',
      '#(?:个)?(?:字符|位|字)(?:以上|以内|及以上|之间)|(?:长度|位数)(?:为|是)#(?:个)?(?:位|字符)',
      '(?:必须|须|需要?|应该?)(?:包含|含有|由|以)(?![^,.!?;:。]{0,12}权限)',
      '(?:必须|须|应|需)(?:少于|多于|小于|大于|超过|不少于|不超过|不多于)#|长度(?:为|在)?#(?:-|到|至|\\x7e)#(?![\\d位个字])',
      'at least # characters|between # and # characters|must be (?:at least|at most|between|no more than|no less than) #',
      // the bound named with its measure first: "字符数最少为 6", "长度必须是6", "can not be less than 6 digits"
      '(?:字符数|字数|长度|位数)(?:(?:最少|最多|至少|至多|不少于|不多于|不超过|不能少于|不能超过)(?:为|是)?|(?:必须|须|应|需)?(?:为|是))#',
      'can ?not be (?:less|more|shorter|longer|fewer) than #|must not (?:be )?(?:exceed|less than|more than) #',
      // the kind of value the field takes: "应为数字", "必须是整数", "Must be a number"
      '(?:应|须|必须|需|应该|只能)(?:为|是)(?:纯)?(?:数字|整数|正整数|字母|汉字|中文|英文|字母或数字|数字或字母)',
      '(?<![a-z])must be (?:a |an )?(?:number|numeric|integer|digits?|letters?)(?![a-z])',
    ],
    source:
      'form validators of admin and SSO frameworks (tests/fixtures/corpus/tuning.json: RuoYi "* 5-50个字符", "必须以非数字开头")',
    examples: {
      match: [
        '5-50个字符',
        '长度在3到20个字符',
        '最少输入6个字符',
        '8位以上',
        '必须包含大小写字母',
        'at least 8 characters',
        '字符数最少为6',
        '应为数字',
        'must be a number',
        'the password can not be less than 6 digits',
      ],
      noMatch: ['密码', '必须具有管理员权限', '20个', '长度'],
    },
  },
  {
    // "用户名已存在", "该邮箱已被注册": the value is someone else's already (a form to fill in again)
    id: 'taken',
    side: 'before',
    variants: [
      '已(?:经)?(?:存在|被注册|被占用)(?!时)|已经?注册过|已(?:经)?被?绑定(?:了)?(?:其他|其它|别的|另一)|already (?:exists|taken|registered|in use)|has already been taken',
    ],
    source: 'registration and profile forms of admin frameworks and SSO servers: "用户名已存在", "邮箱已被注册"',
    examples: {
      match: ['已存在', '已被注册', '已绑定其他账号', 'already exists'],
      noMatch: ['存在', '注册成功', '已绑定'],
    },
  },
  {
    // "请先注册", "请先到柜台开通网上业务": in a popup after the click, the account or service is not open yet; standing
    // beside the form it is the page's advice (imperative: silent there)
    id: 'register-first',
    side: 'after',
    alone: 'account-not-registered',
    imperative: true,
    variants: ['(?:请先|请您先|需先|需要先)(?:到[^,.!?;:。]{0,10})?(?:注册|开通|激活|备案)'],
    source:
      'the first login of a company, which needs its account or online service opened first (README "Diagnosis accuracy"; variant cases in tests/unit/diagnose/variants.test.ts)',
    examples: { match: ['请先注册', '请先到柜台开通'], noMatch: ['注册', '已开通'] },
  },
  {
    // "您未进行实名认证": the person behind the account was never verified, so it is not open yet; standing on a
    // page as a notice it is no report
    id: 'no-real-name',
    side: 'before',
    alone: 'account-not-registered',
    answerOnly: true,
    variants: ['(?:尚|还)?(?:未|没有|没)(?:进行|完成|办理|通过)?实名(?:认证|验证|登记|核验)?'],
    source: 'e-tax login scripts (tests/fixtures/corpus/tuning.json, round 7): "您未进行实名认证，请…进行实名认证"',
    examples: { match: ['未进行实名认证', '尚未实名', '没有通过实名核验'], noMatch: ['实名认证', '已实名'] },
  },
  {
    id: 'not-registered',
    side: 'before',
    variants: [
      '(?:尚|还)?(?:未|没有|没)(?:进行|完成|办理)?(?:注册|激活|开通|开户|备案|登记|启用)',
      '(?:未|没有)在~(?:注册|登记|开户|备案)',
      // an account still being reviewed is not open yet ("帐号仍在审核中")
      '(?:正在|仍在|还在)?审核中|(?:尚未|未|没有)(?:通过)?审核|待审核',
      // "您的邮箱尚未验证": an address never confirmed, said at the end of its clause
      '(?:尚|还)?(?:未|没有)(?:通过)?(?:验证|确认)(?=$|[,.!;。])|not (?:yet )?(?:been )?(?:activated|verified|confirmed|registered)|(?<![a-z])unregistered(?![a-z])',
    ],
    source: `${MINED}: "主账户未激活", "该用户未注册", "单位账号尚未激活"`,
    examples: {
      match: ['未注册', '尚未激活', '未开通', '邮箱尚未验证', 'is not activated'],
      noMatch: ['注册', '未验证通过的'],
    },
  },
  {
    // "请先验证您的邮箱", "邮箱需要验证", "请先确认你的帐户": an address or account to confirm before it can log in
    id: 'verify',
    side: 'after',
    imperative: true,
    variants: [
      '(?:请先?|需要?|必须)(?:验证|确认|激活)(?=~(?:邮箱|邮件|手机|账号|帐号|账户|帐户|email|account))',
      '(?:需要|须|必须)(?:进行)?(?:验证|确认|激活)(?=$|[,.!;。])',
    ],
    source:
      'sign-on platforms that ask to confirm an address first (tests/fixtures/corpus/tuning.json: Keycloak "邮箱需要验证", Mastodon "请先确认你的帐户")',
    examples: { match: ['请先验证您的邮箱', '邮箱需要验证', '请先确认你的帐户'], noMatch: ['请确认密码', '验证'] },
  },
  {
    id: 'not-linked',
    side: 'before',
    variants: [
      '(?:尚|还)?(?:未|没有|没)被?(?:与~)?(?:关联|绑定|建立关联|授权|确认身份)|(?:无|没有|暂无|不存在)(?:任何)?(?:关联|绑定|授权)',
      '(?:暂无|不具有|不具备)(?:该单位|该企业|此单位)的?(?:登录|访问|操作|办理|办税)?权限|(?:无|没有|暂无)(?:办理|办税|经办)权限',
      '(?:不是|非|并非)(?:该|本|此)(?:单位|企业|公司)的?(?:有效)?(?:办税人员?|经办人|管理员|财务负责人|开票员|授权人|人员|员工|成员)',
      // "您的证书不属于该企业", "您尚未成为该企业的办税员": the person or the key is not the company's
      '不属于|(?:尚|还)?(?:未|没有)成为',
    ],
    source: `${MINED}: "未查询到您与该企业的关联关系信息", "账号未关联任何单位"; tpass "您不是该企业的办税人员"`,
    examples: {
      match: ['未关联', '未绑定', '暂无该单位的办理权限', '不是该企业的办税人员', '不属于该企业', '尚未成为'],
      noMatch: ['已绑定', '无权访问'],
    },
  },
  {
    id: 'denied',
    side: 'before',
    alone: 'login-failed',
    variants: [
      '(?:被|已被|遭)?拒绝(?:访问)?|(?:已)?被限制|缺少~(?:权限|授权)|(?:无|没有)(?:访问|登录|操作|使用)权限|权限不足|无此权限|(?:无|没有)[^,.!?;:。]{1,10}的权限|(?:无|没有)(?:权限|权)(?:访问|查看|登录|使用)?|无权(?:访问|查看|登录|以)?|未经?(?:认证)?授权(?!的?(?:用户|人员|访问)?(?:禁止|不得|严禁|请勿))|未被(?:准许|授权|允许)|不允许(?!同时|重复|多)|(?<!授权)禁止访问|(?:被|已)(?:阻止|禁止|屏蔽|封锁)|(?:阻止|拦截|屏蔽)了',
      '(?:未|不|无法)满足|无法(?:接受|完成|处理)|(?:不能|不可以|不可|无法)(?:从[^,.!?;:。]{0,8})?登录|(?:不能|无法)(?:使用|通过|以)[^,.!?;:。]{1,10}登录|(?:被|已被|已经?)(?:强制)?取消|强制取消|取消了',
      "(?:unable to|cannot|can't|could not) (?:complete (?:the |your )?)?(?:log|sign) ?in|不在~(?:白名单|允许的?范围|访问范围)|(?:access|permission) denied|forbidden|(?<![a-z])(?:not authori[sz]ed|unauthori[sz]ed)(?! (?:access|use|users?) (?:is|are) (?:prohibited|forbidden|not permitted))",
      "(?<![a-z])(?:do(?:es)?(?:n't| not) have (?:the )?(?:permission|access|rights?)|(?:is |are )?not (?:allowed|permitted)(?! to (?:share|use|disclose))|couldn't (?:sign|log) ?(?:you )?in)(?![a-z])",
    ],
    source:
      'CAS, Keycloak and ZITADEL access texts (tests/fixtures/corpus/tuning.json): "访问被拒绝", "您无权访问此资源", "未经授权的访问"',
    examples: { match: ['访问被拒绝', '无权访问', '未经授权'], noMatch: ['授权成功'] },
  },
  {
    // "UKEY未初始化", "无法正常初始化PKCS#11库": of a key, it cannot be used yet; of a component, it is not ready
    id: 'uninitialised',
    side: 'before',
    alone: 'client-missing',
    variants: [
      '(?:未|没有|尚未|没)被?(?:正确|成功)?初始化(?!成功)|(?:无法|不能|未能)(?:正常|成功)?(?:地)?初始化|初始化(?:失败|出错|错误|异常|不成功)',
    ],
    source:
      'SKF error tables and UKey tools (tests/fixtures/corpus/tuning.json, round 7): "UKEY未初始化", "没有初始化用户口令"; sign-on components: "签名组件未初始化"',
    examples: { match: ['未初始化', '初始化失败', '无法正常初始化'], noMatch: ['初始化成功', '初始化'] },
  },
  {
    id: 'not-installed',
    side: 'before',
    alone: 'client-missing',
    variants: [
      '(?:未|没有|尚未|没)被?(?:正确|成功)?(?:安装|启动|运行|开启|打开|加载|载入|初始化|注册成功)(?!成功)',
      '(?:安装|启动|加载|创建|初始化|装载|载入|调用|实例化)(?:对象)?(?:失败|出错|错误|异常|不成功)|(?:无法|不能|未能)(?:加载|创建|启动|调用|初始化|运行)',
      '(?:没有|未)(?:回应|响应)|无响应|版本(?:过|太|较)?(?:低|旧)|已?损坏|阻止其运行|被浏览器(?:阻止|拦截|禁用)',
    ],
    source: `${MINED}: "兼容控件未安装成功", "P11服务没有回应", "装载动态库错误", "加载XTXAppCOM控件失败", "或浏览器阻止其运行"`,
    examples: { match: ['未安装', '加载失败', '没有回应', '版本过低', '创建对象失败'], noMatch: ['安装成功'] },
  },
  {
    id: 'insert',
    side: 'after',
    imperative: true,
    variants: [
      '(?:请|请先|需要?|需先|请您)(?:正确)?(?:插入|插上|插好|连接|拔插|插拔|重新插入|重新插拔)',
      '(?:请|请先|请您)在~(?:插入|插上|插好)',
      '(?<![a-z])(?:please )?(?:insert|plug in|connect) (?:your |the |a )?(?=(?:smart ?card|card|token|security key|usb key|key|device|reader))',
      '(?:或|或者|并|再)(?:重新)?(?:插入|拔插|插拔)',
    ],
    source: `${MINED}: "请插入Ukey!", "请确认USBKey是否插入或重新插拔USBKey后重试", "请检查是否插入设备"`,
    examples: { match: ['请插入', '或重新插拔'], noMatch: ['插入成功'] },
  },
  {
    // "请输入用户名", "请选择证书": a field the user left to fill — a placeholder standing on the page (silent there,
    // as advice), an incomplete form when a popup says it after the click
    id: 'fill',
    side: 'after',
    alone: 'input-missing',
    imperative: true,
    variants: [
      '(?:请|请先|请您)(?:输入|填写|录入|选择|指定|勾选|提供|上传)(?!(?:一个|一份)?(?:正确|有效|合法))',
      'please (?:enter|input|fill in|fill out|provide|select|choose)(?! (?:a |the )?(?:valid|correct))',
    ],
    source:
      'field validation of SSO and admin frameworks after a click (tests/fixtures/corpus/tuning.json: Keycloak "请指定此字段", RuoYi "请先选择…")',
    examples: {
      match: ['请输入用户名', '请先选择证书', '请指定此字段', 'please enter your username'],
      noMatch: ['请输入正确的验证码', '请重新输入'],
    },
  },
  {
    // "请先安装数字证书", "请下载并安装安全控件": what has to be installed (an instruction on the page)
    id: 'install',
    side: 'after',
    imperative: true,
    variants: [
      '(?:请|请先|需要?|需先|请您)(?:先)?(?:下载)?(?:并|后)?(?:安装|重新安装|重装)',
      // "请升级你的浏览器", "请更新控件": a newer one is needed (never "请更新证书": renewing is another matter)
      '(?:请|请先|需要?|需先|请您)(?:先)?(?:升级|更新)(?=[^,.!?;:。]{0,4}(?:浏览器|browser|ie|chrome|控件|插件|客户端|驱动|组件))',
    ],
    source: `${MINED}: "请下载并安装安全控件"; "请先安装数字证书" (tests/fixtures/corpus/tuning.json)`,
    examples: {
      match: ['请先安装', '请下载并安装', '需要重新安装', '请升级你的浏览器'],
      noMatch: ['安装成功', '已安装', '请更新证书'],
    },
  },
  {
    id: 'check-present',
    side: 'before',
    imperative: true,
    variants: [
      '是否(?:已经?|正确)?(?:插入|插好|插上|连接|存在|有证书|有效)|是否(?:已经?)?被?拔(?:出|掉|下)?',
      '是否(?:正确|有误|合法)(?=$|[,.!?;。]|的)',
    ],
    source: `${MINED}: "请确认uskey中是否有证书", "请检查UKey是否插好", "获取证书信息错误,请检查USBKEY是否存在"; "请检查验证码是否正确" (tests/fixtures/corpus/tuning.json)`,
    examples: { match: ['是否插好', '是否存在', '是否正确'], noMatch: ['是否确认'] },
  },
  {
    id: 'check-installed',
    side: 'before',
    // "请检查是否安装了…": whatever is named, something has to be installed for the page to work
    alone: 'client-missing',
    imperative: true,
    variants: ['是否(?:已经?)?(?:正确)?(?:安装|启动|打开|运行|开启)'],
    source: `${MINED}: "请检查江苏智慧CA驱动是否正确安装", "请检查是否打开协卡助手"`,
    examples: { match: ['是否正确安装', '是否打开'], noMatch: ['是否确认'] },
  },
  {
    // "该用户没有分配角色", "用户未分配任何权限": the account exists but was given nothing to log in to
    id: 'unassigned',
    side: 'before',
    alone: 'login-failed',
    variants: ['(?:没有|未|尚未)(?:被)?(?:分配|授予|配置)(?=~(?:角色|权限|菜单|应用|部门|岗位))'],
    source: 'admin frameworks that check roles at login (RuoYi-style "该用户没有分配角色", "用户未分配任何权限")',
    examples: { match: ['没有分配角色', '未分配任何权限'], noMatch: ['分配角色', '没有找到'] },
  },
  {
    id: 'absent',
    side: 'after',
    variants: [
      '(?:未|没有|没|无法|不能|未能)(?:检测|读取|识别|找到|获取|取|发现|查询|查|搜索|读)到?|(?:无法|不能|未能)在~(?:找到|检测到|读取到|发现)|检测不到|获取不到|读取不到|读不到|找不到|查不到|查询不到',
      '(?:不存在|查无|无此(?!权限))|(?<![a-z])无(?:可用|有效|合法|对应|匹配)的?(?=[\u4e00-\u9fff])|(?:未|没|没有)(?:插入|插|插好|连接)|没有(?!登录|登陆)(?:可用|有效|合法|对应|指定)?的?',
      '未载入|未加载|未连接|(?:丢失|缺失)|not found|no such|(?:已被|被|已)(?:移除|拔出|拔掉|拔下|拔)',
      // "User does not exist", "No account found with that email"
      "does(?: not|n't) exist|(?<![a-z])no(?= (?:such |valid )?(?:account|user|record|certificate|device|key|token|session)s? (?:found|exists?|with|for|match|detected|available))",
      "(?<![a-z])(?:could(?:n't| not)|can(?:'t|not| not)|unable to) (?:find|locate)(?![a-z])|(?<![a-z])no(?= (?:smart ?card|card reader|card|reader)s? (?:found|detected|present))",
    ],
    source: `${MINED}: "未检测到密钥", "没有找到对应的证书", "用户不存在", "未取到证书", "USBKEY未插或未插好", "私钥未载入"`,
    examples: { match: ['未检测到', '找不到', '不存在', '未插入', '无有效账户'], noMatch: ['检测到'] },
  },
  {
    // a request to use, switch or close a browser, or to need one ("请使用IE浏览器", "插件更新需要关闭所有浏览器"):
    // an instruction standing on the page, the diagnosis when a popup says it after the click
    id: 'switch',
    side: 'before',
    imperative: true,
    variants: [
      '(?:请|建议)?(?:使用|切换到?|改用|更换|换用|采用|关闭|退出)(?=~(?:浏览器|ie|chrome|谷歌|edge|火狐|360|极速|兼容|高速))',
      '(?:需要|必须|请确保|请)(?!检查|确认)(?:通过|使用|启用|开启)?(?=~(?:https|浏览器|cookie|javascript))',
    ],
    source: `${MINED}: "请使用IE浏览器", "搜狗浏览器请采用高速模式"; install notes that ask to close the browser`,
    examples: { match: ['请使用IE', '切换到极速模式', '需要关闭浏览器'], noMatch: ['使用'] },
  },
  {
    id: 'unsupported',
    side: 'before',
    variants: [
      '(?:暂不|不|无法|并不)(?:受)?(?:支持|兼容|适配|适用)|只(?:能)?(?:支持|适用于?|兼容)|仅(?:支持|适用于?|兼容)',
      '(?:过时|过旧|太旧|老旧)|(?:更低|较低|过低|太低|更旧)的?版本|低于~(?:最低|要求)~版本',
      '(?:无法|不能)(?:完美|完全|正常|很好地?)(?:地)?(?:呈现|显示|支持|兼容)',
      '(?<![a-z])(?:is |are )?(?:not|no longer) supported|(?<![a-z])unsupported(?![a-z])|(?<![a-z])(?:is |are )?(?:too old|outdated)(?![a-z])',
    ],
    source: `${MINED}: "暂不支持非IE浏览器", "浏览器不兼容", "该系统只支持IE浏览器", "请使用IE浏览器", "你正在使用一个过时的浏览器"`,
    examples: { match: ['不支持', '只支持', '过时', 'is not supported', 'outdated'], noMatch: ['支持', 'supported'] },
  },
  {
    id: 'must-change',
    side: 'before',
    variants: [
      '(?:必须|需要|需|请先|请|应|须)(?:及时)?(?:修改|更改|重置|重新设置|变更|更新|升级)',
      '(?:长期|长时间|很久)(?:未|没有)(?:修改|更改|更新)',
      // "You must change your password before logging in"; a standing period ("every 90 days") is a policy
      '(?<![a-z])(?:must|need to|have to|are required to) (?:change|reset|update)(?= (?:your |the )?(?:password|pin)s? (?:now|before|to continue|first|immediately)|$| your password$)',
      '(?:正在|仍在|还在)?使用(?:的是)?(?:系统)?(?:初始|默认)|(?<=密码|口令)(?:仍)?(?:为|是)(?:系统)?(?:初始|默认)(?=密码|口令)|超过#天(?:未|没有)(?:修改|更改)|已经?使用(?:了)?超过#(?:天|个月)',
      // "请将本网站添加到兼容性视图 / 受信任站点": a browser setting to change
      '(?:添加|加入)(?:到|至|为)?(?=~(?:兼容性视图|兼容模式|受信任的?站点|可信站点|信任站点))',
    ],
    source: `${MINED}: "您的密码已过期,必须更改"; portals that refuse the initial password`,
    examples: {
      match: ['必须更改', '请先修改', '使用的是初始', '添加到兼容性视图'],
      noMatch: ['修改成功', '添加到收藏夹'],
    },
  },
  {
    id: 'weak',
    side: 'before',
    variants: ['强度(?:不够|太弱|过低|不足|较弱|弱)|过于简单|太简单|弱密码|弱口令|弱(?:加密)?密钥'],
    source: 'password policies that refuse a weak password at login',
    examples: { match: ['强度不够', '过于简单'], noMatch: ['强度'] },
  },
  {
    // work on the system itself: maintenance whatever thing is under it ("网站正在维护", "短信服务升级中")
    id: 'maintained',
    side: 'before',
    alone: 'maintenance',
    variants: [
      // work announced for a later date in the same clause ("将于11月9日22:00进行停机升级") is a notice, not a state
      '(?:(?:正在|暂时)?(?:维护|升级|调试|检修|排查|抢修)(?:中)?(?!时间|期间|公告|通知|窗口|计划|说明|版本|浏览器|客户端|控件|驱动|插件|后)|暂停(?:服务|使用|办理|受理|访问)?|停机)(?<!{later}[^,.!?;。]{0,40})',
      '(?<![a-z])(?:under|(?:performing|down for|in)(?: scheduled)?) maintenance|maintenance mode',
    ],
    source: `${MINED}: "系统正在维护中", "系统升级中,暂停服务"; portal notices of maintenance; "系统排查中,请耐心等待" (tests/fixtures/corpus/tuning.json, round 6)`,
    examples: {
      match: ['维护中', '暂停服务', '正在升级', '排查中'],
      noMatch: ['维护时间', '升级浏览器', '升级后', '将于今晚22:00进行停机维护'],
    },
  },
  {
    id: 'unavailable',
    side: 'before',
    variants: [
      '(?:暂时)?(?:关闭|不可用|无法使用|无法访问)',
      '不可用|(?:繁忙|忙碌|拥挤|拥堵)|(?:没有|无|未)响应|(?:人数|用户|访问量)(?:过多|太多|较多|过大)',
      '太过忙碌|开小差|不给力|无法加载|无法显示|unavailable|maintenance|(?:暂时|暂)?(?:无法|不能|停止)(?:正常)?提供服务',
    ],
    source: `${MINED}: "系统正在维护中", "服务暂时不可用", "系统繁忙", "当前访问人数过多"`,
    examples: { match: ['繁忙', '不可用', '暂时无法提供服务', '开小差'], noMatch: ['维护时间', '可用'] },
  },
  {
    id: 'unreachable',
    side: 'before',
    alone: 'network',
    variants: [
      '(?:无法|不能|未能)(?:安全地?|正常|成功)?(?:访问|连接|打开)|(?:无法|不能|未能)~(?:建立|创建|协商出?|提供)~(?:连接|参数)|连接不上|连不上',
      // "etax.example.gov.cn 未发送任何数据", "发回了空白页": the server answered nothing
      '(?:未|没有)(?:发送|返回|发回)(?:任何)?数据|发回了?空白页|empty response',
      "(?<![a-z])(?:unable to|could(?:n't| not)|can(?:'t|not)) (?:connect|reach)|connection (?:was )?refused|refused to connect",
      // "无法与 <host> 的服务器创建安全连接": the host name is longer than a short gap (its dots break no clause)
      '(?:无法|不能|未能)(?:与|和|同|在)[^,!?;:。]{1,40}?(?:建立|创建|进行)~连接|阻止~(?:安全地?)(?:连接|访问)',
    ],
    source:
      'browser and portal connection errors (tests/fixtures/corpus/tuning.json: Firefox): "无法连接到…的服务器", "未能与它建立安全连接"',
    examples: {
      match: ['无法连接', '无法安全地连接', '未能与它建立安全连接', '无法与etax.example.gov.cn的服务器创建安全连接'],
      noMatch: ['连接', '阻止弹出窗口'],
    },
  },
  {
    // a code asked for again too soon: the one sent before still holds ("验证码仍在有效期内,请勿重复获取")
    id: 'still-valid',
    side: 'before',
    variants: ['(?:仍|还|尚)(?:在|然)?(?:处于)?有效期?内|(?:仍|还)(?:然)?有效(?!期)|(?:还|尚)未(?:过期|失效)'],
    source: 'the kinds of SMS-code limit issue 15 lists ("code still valid"); no corpus text',
    examples: { match: ['仍在有效期内', '仍然有效', '尚未过期'], noMatch: ['有效期', '已过期'] },
  },
  {
    // one user per machine or browser: a rule as page text (advice-like, so it stands silent on the page), a
    // conflict when it pops up after a click
    id: 'one-session',
    side: 'before',
    alone: 'session-expired',
    imperative: true,
    variants: [
      '(?:只|仅)(?:允许|能|可以?)(?:有)?(?:一个|1个)(?:用户|账号|帐号|账户|会话)(?:同时)?(?:登录|登陆|在线|使用)',
      '(?:只|仅)(?:允许|能|可以?)(?:同时)?(?:登录|登陆|在线)(?:一个|1个)(?:用户|账号|帐号|账户)',
      '(?:不允许|不能|不可|禁止)(?:同时|重复|多(?:处|地|人|点))(?:登录|登陆|在线)',
    ],
    source: 'the session conflicts issue 15 lists ("one user per machine"); no corpus text',
    examples: {
      match: ['只允许一个用户登录', '仅能有一个账号同时在线', '只能登录一个账号', '不允许同时登录'],
      noMatch: ['一个用户', '同时'],
    },
  },
  {
    id: 'insecure',
    side: 'before',
    alone: 'network',
    variants: [
      '(?:潜在的)?安全(?:风险|威胁)|潜在的安全问题|(?:连接)?不安全|非安全(?=连接|链接|的连接|网络)|未连接|脱机|被重置',
      // a browser warning that someone poses as the site (a footer "谨防假冒网站" has no one doing it)
      '有人(?:试图|企图|正在)?(?:冒充|仿冒|假冒)',
      // a network that wants its own login first (a hotel or office Wi-Fi portal)
      '(?:登录|登陆)(?:此|该|到|这个)?(?:网络|wi-?fi)',
      // a connection that was cut, or a browser that is offline ("连接已重置", "您处于离线状态"); not "密码已被重置"
      '(?<=连接|链接)(?:已经?|被|已被)(?:重置|中断|断开|关闭)|不是私密连接|非私密连接|(?:处于)?离线状态|已离线|断网',
    ],
    source:
      'browser error pages (tests/fixtures/corpus/tuning.json: Firefox): "未连接:有安全风险", "您的连接不安全", "连接被重置"',
    examples: {
      match: ['安全风险', '连接不安全', '连接被重置', '有人试图冒充该网站'],
      noMatch: ['安全', '回答安全问题', '谨防假冒网站'],
    },
  },
  {
    id: 'check',
    side: 'after',
    imperative: true,
    variants: [
      // not a form's confirmation field ("确认密码", "Verify password")
      '(?:请)?(?:检查|确认|核对|核实)(?:并)?(?:确认)?(?!(?:新|登录)?(?:密码|口令))|(?<![a-z])(?:please )?(?:re-?check|double-check|verify)(?! (?:new )?password)(?![a-z])',
    ],
    source:
      'advice after a failed connection (tests/fixtures/corpus/tuning.json: Firefox): "检查您的网络连接", "请检查浏览器的代理服务器设置是否正确"',
    examples: { match: ['请检查', '检查'], noMatch: ['检测'] },
  },
  {
    // "您还未登录": said in answer to an attempt, the login the page needs is gone; standing in a portal's header
    // before one, it is only true
    id: 'not-logged-in',
    side: 'before',
    alone: 'session-expired',
    answerOnly: true,
    variants: [
      '(?:尚|还)?(?:未|没有)登录(?!成功|失败)|需要(?:先)?登录|(?<=^|[,.!;。])请(?:先)?登录(?=$|[!.。])',
      '(?<![a-z])not (?:yet )?(?:signed|logged) in(?![a-z])',
    ],
    source:
      'sign-on platforms and request wrappers (tests/fixtures/corpus/tuning.json): "您尚未登录", "您还未登录，所以没有使用此连接的权限"',
    examples: { match: ['您尚未登录', '还未登录', 'not logged in'], noMatch: ['未登录成功', '登录'] },
  },
  {
    id: 'reauth',
    side: 'before',
    alone: 'session-expired',
    variants: [
      '(?:重新|再次)(?:进行)?(?:身份)?(?:认证|授权|验证|登录|登陆)|需要(?:完全)?(?:身份验证|认证)(?:以|才能|$|[.。!])',
      '长时间(?:未|没有)(?:操作|使用)',
      // "请登录后再操作", "继续操作前请注册或者登录": the page needs a login it no longer has
      '(?:登录|登陆)(?:后|以后|之后)(?:再|才能|方可)|请(?:先)?注册或者?(?:登录|登陆)',
      // "页面停留时间过长", "due to inactivity": the page sat idle until its login lapsed
      '(?:停留|闲置|空闲|未操作|不活动)(?:的)?(?:时间)?(?:过长|太长|太久)|(?:due to|after) (?:a period of )?inactivity',
      '(?:登录|登陆)(?:状态)?(?:已经?|已被|被)注销|(?:need|have|must) to (?:sign|log) ?in|(?:been )?logged out|(?:login|sign-?in|authentication) (?:is )?required',
    ],
    source:
      'single sign-on texts (tests/fixtures/corpus/tuning.json: CAS, Keycloak): "请重新授权以继续", "你必须进行重新认证"',
    examples: {
      match: [
        '重新认证',
        '请重新授权',
        '需要身份验证以继续',
        '长时间未操作',
        '请登录后再操作',
        'you need to sign in before continuing',
      ],
      noMatch: ['重新输入', '未登录成功'],
    },
  },
  {
    id: 'caps-lock',
    side: 'before',
    variants: ['大写锁定(?:键)?|caps ?lock'],
    source: 'login pages that warn of Caps Lock after a wrong password (tests/fixtures/corpus/tuning.json: Keycloak)',
    examples: { match: ['大写锁定键', 'Caps Lock'], noMatch: ['锁定'] },
  },
  {
    id: 'unexpected',
    side: 'before',
    alone: 'login-failed',
    variants: [
      '(?:发生|出现|遇到了)(?:了)?(?:一个|一些|点)?(?:意外|未知|内部)?(?:的)?(?:错误|问题)|遇到(?:一个|一些)?(?:意外|未知|内部)?(?:的)?错误|出(?:了)?(?:点)?问题|意外错误|未知(?:的)?(?:安全)?错误|内部错误',
      '(?:存在|有)(?!潜在的安全)~问题|异常情况|(?:很|非常)?抱歉[.…]{0,3}$|(?:造成|导致|引起)了?(?:此|这个|该|这些|这一)问题',
      'something went wrong|(?:an? )?(?:unknown|unexpected|internal) error|an error (?:has )?occurred',
    ],
    source:
      'generic failure pages (tests/fixtures/corpus/tuning.json: CAS, Keycloak): "发生意外错误", "系统出现点问题"',
    examples: { match: ['发生意外错误', '出了点问题', '网络设置造成了此问题'], noMatch: ['问题反馈'] },
  },
  {
    // "用户认证失败", "账号校验失败": the check of the login failed, with no reason said; of a code or a PIN it
    // reads as wrong ("验证码校验失败"), of the account it is no verdict on the password
    id: 'check-failed',
    side: 'before',
    alone: 'login-failed',
    like: 'wrong',
    variants: [
      '(?:校验|验证|核验|认证|鉴权)(?:失败|异常|出错)|(?:验证|校验|认证)?(?:不通过|未通过|没通过)|(?:无法|不能|未能)通过(?:验证|校验|认证|核验)',
    ],
    source: `${MINED}: "验证不通过", "短信验证码验证未通过"; sign-on platforms: "用户认证失败"`,
    examples: { match: ['认证失败', '校验失败', '验证未通过'], noMatch: ['认证', '失败'] },
  },
  {
    id: 'wrong',
    side: 'before',
    alone: 'login-failed',
    variants: [
      '(?:输入)?(?:错误|不正确|有误|不对|无效|不合法|非法|不准确)|输错',
      '未知的?(?=~(?:请求|发起方|客户端|来源|应用|用户|服务|证书|ca|颁发者))|(?:无法|不能|未能)(?:对[^,.!?;:。]{0,10}进行)?(?:核实|验证|校验|数字签名)|(?:无法|不能|未能)(?:向[^,.!?;:。]{1,12})?发送|使用不当|未知的?(?:关键)?扩展|(?:好像)?有错|(?:未|没有)(?:输入|填写)正确',
      'incorrect|invalid|wrong|bad credentials|(?:must be|is not|not|enter) a valid',
      // "邮箱必须是一个合法的电子邮件地址", "不是一个有效的邮箱"
      '(?:必须|应|应该)是(?:一个)?(?:合法|有效|正确)的?|不是(?:一个)?(?:合法|有效|正确)的?',
      // a literal translation of "bad credentials" ("坏的凭证")
      '坏的?(?=(?:登录)?(?:凭证|凭据|密码|口令))',
    ],
    source: `${MINED}: "密码不正确", "验证码无效", "验证不通过", "短信验证码验证未通过", "无效的用户名或密码"`,
    examples: { match: ['错误', '不正确', '有误', '无效'], noMatch: ['正确'] },
  },
  {
    id: 'failed',
    side: 'before',
    alone: 'login-failed',
    variants: [
      '失败|出错|异常|不成功|未成功|故障|出现问题|中断|断开|不稳定|不通|被拒绝|failed|error|unsuccessful|(?<![a-z])failure(?![a-z])',
      '(?:无法|不能|未能)正确地?(?:重定向|跳转|显示|加载|打开)',
      // "意外终止了连接", "链接非正常地终止了"
      '(?:意外|异常|非正常地?)(?:地)?(?:终止|中断|断开)|终止了(?=~(?:连接|链接))',
    ],
    source: `${MINED}: "登录失败", "网络连接失败", "获取用户证书失败", "服务器异常"`,
    examples: { match: ['失败', '异常', '出错', '不能正确地重定向'], noMatch: ['成功'] },
  },
];
