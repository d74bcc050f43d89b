import type { Rule } from '../rule';

/** A validity date the message sets against today's ("…日期为2024-06-30,而当前日期为2024-07-02"). */
const AGAINST_TODAY = '(?:日期|时间)(?:为|是)?[^!?;]{4,30}?(?:而|但)?(?:当前|今天|现在|系统)的?(?:日期|时间)';

/** USB key (U盾/UKey), certificate and CA client. Sorted by id. */
export const CERTIFICATE_RULES: readonly Rule[] = [
  {
    id: 'cert-expired.expired',
    category: 'cert-expired',
    patterns: [
      '(?:证书|ic卡)(?:有效期)?(?:已经?|已被)(?:过期|到期|失效|作废|废除|废止)|证书(?:过期|失效|作废|废除)(?!日|时间|提醒|查询)',
      '证书~已~(?:过期|到期|失效)',
      '证书(?:已被?|被)(?:吊销|注销|撤销|冻结)|(?:已|已经)(?:吊销|注销|作废)的证书',
      '超(?:过|出)证书有效期|证书~(?:超(?:过|出)|已过)有效期|证书~有效期已过|证书不在有效期',
      // the end of validity set against today's date ("证书过期日期为…,而当前日期为…"): the page shows it expired
      `证书~(?:过期|到期|失效|截止|终止)${AGAINST_TODAY}`,
    ],
    // the website's own certificate ("网站的证书已过期") is the connection's problem, and a revocation list that
    // lapsed ("证书废除列表已过期", not "证书已在废除列表中被废除") a failed check: both left to the concept layer
    unless: [
      '怎么办|如何|查询$',
      '(?:网站|站点|服务器|对等端)(?:所?使用)?的?(?:ssl|https)?证书',
      '(?:(?:废除|吊销|撤销|作废)列表|(?<![a-z])crl)[^,.!?;。]{0,6}(?:已经?)?(?:过期|失效|到期)',
    ],
    severity: 'error',
    priority: 78,
    examples: {
      match: [
        '证书已过期!',
        '证书已过期(-2113667054)',
        '您的证书已于2024-03-01过期',
        '证书已被吊销',
        '证书有效期已过',
        '证书已废除',
        '您的IC卡已过期!',
        '证书的到期时间是2024年5月1日,而当前时间是2024年6月3日',
      ],
      noMatch: ['您的证书还有10天过期', '证书过期怎么办?', '注销成功', '网站的证书已过期'],
    },
  },
  {
    id: 'cert-expiring.soon',
    category: 'cert-expiring',
    patterns: [
      '(?:证书|ic卡)~(?:还有|还剩|剩余|将在|将于|距)(?:(?<days>#)天|(?<hours>#)个?小时|(?<minutes>#)分钟)~(?:过期|到期|失效)',
      '证书~(?:即将|快要|将要|将于~)(?:过期|到期|失效)',
      '证书~(?:有效期)?(?:不足|少于|仅剩|只剩|不到)#(?:天|个?小时|个?月)',
    ],
    severity: 'warning',
    priority: 77,
    examples: {
      match: [
        '您的证书还有10天过期',
        '您的IC卡还有7天到期',
        '证书有效期不足30天',
        '您的证书还有5小时过期',
        '数字证书有效期将在3天后过期',
        '您的证书即将过期',
      ],
      noMatch: ['证书已过期', '证书有效期查询'],
    },
  },
  {
    id: 'cert-failed.unusable',
    category: 'cert-failed',
    patterns: [
      '(?:获取|加载|解析|读取|验证|校验|导出)~(?:证书|签名)~(?:失败|出错|错误|异常)',
      '(?:验证|校验)服务器(?:端)?(?:信息|证书|签名)?(?:失败|出错|错误)',
      '(?:数字签名|签名|验签|加密|解密|随机数)(?:数据)?(?:验证|校验)?(?:失败|出错|异常|错误)',
      '证书~(?:无效|不可用|不合法|非法|不受信任|验证失败|校验失败|认证失败|状态异常|尚未生效|未生效)|证书(?:链|状态|格式|验证方式)(?:错误|出错|异常|未知)',
      '(?:非法|无效)的?(?:usb)?{dev}',
      // the start of validity set against today's date: not valid yet (a wrong computer clock, or a key issued early)
      `证书~(?:生效|起始|开始|启用)${AGAINST_TODAY}`,
    ],
    severity: 'error',
    priority: 70,
    examples: {
      match: [
        '加载用户签名证书出错',
        '获取用户证书失败,请重试',
        '验证服务器端信息失败!',
        '签名失败',
        '证书状态未知',
        '您的证书尚未生效!',
        '非法USB身份验证盘!',
        '证书的生效时间是2030年1月1日,但当前时间是2029年12月1日',
      ],
      noMatch: ['读取UsbKey成功', '证书登录', '证书格式'],
    },
  },
  {
    id: 'cert-mismatch.other-owner',
    category: 'cert-mismatch',
    patterns: [
      '{cert}~(?:与|和)~(?:不符|不一致|不匹配)',
      '(?:非|不是)(?:本|该|当前)(?:单位|企业|公司|用户|账号)的?(?:数字)?证书',
      '证书(?:未|没有|尚未)(?:注册|绑定|备案|登记|关联)|(?:未|没有)(?:注册|绑定|备案)的证书',
      '(?:没有|不是|缺少|非)(?:rsa|sm2|国密)(?:算法)?的?证书|证书(?:算法|类型)(?:不符|不支持|不匹配|错误)',
    ],
    // a certificate that does not fit its own key ("证书与密钥不匹配") is a broken key pair: the concept layer's cert-failed
    unless: ['^[^,.!?;。]{0,6}(?:证书|公钥|私钥|密钥)~(?:与|和)~(?:私钥|密钥|公钥|证书)~不相?(?:匹配|一致|符)'],
    severity: 'error',
    priority: 82,
    examples: {
      match: ['该证书与当前单位不匹配', '证书未绑定,请先绑定', '非本单位证书', '没有RSA证书'],
      noMatch: ['证书绑定', '请选择证书'],
    },
  },
  {
    id: 'cert-not-detected.no-key',
    category: 'cert-not-detected',
    patterns: [
      '(?:未|没有|没|无法|不能)(?:检测|读取|识别|找到|获取|发现|取|插入|插|连接)到?~{cert}',
      '请(?:先)?(?:插入|插上|插好|连接|检查|确认)~{cert}',
      '{cert}~是否(?:已经?)?(?:插入|插好|存在|有证书|连接)',
      '{dev}~(?:拔插|插拔|重新插)|{cert}~(?:未插|没插|没有插)|(?:或|或者)(?:重新)?插入~{cert}',
      '读(?:取)?(?:私钥|证书|key)?设备(?:错误|失败|出错)',
      '请(?:先)?(?:选择|读取)(?:一个)?(?:签名|加密|数字|您的|登录)?证书|(?:未|没有)选择(?:任何)?证书',
      '(?:证书|私钥|密钥|设备)(?:不存在|未载入|未加载)|找不到(?:证书|私钥|设备)|没有(?:可用的?|有效的?)?(?:证书|设备)(?:!|$)',
      // "打开证书库失败" is the client's store, not the key: left to the concept layer (a CA module failure)
      '打开{cert}失败|获取设备(?:列表)?失败',
      // several keys plugged in: the client cannot tell which one to read ("检测到多个设备", "请拔出多余的UKey")
      '(?:检测到|存在|插入?了?|有)多个~(?:{cert}|设备|ukey|key|u盾)|只(?:能)?(?:插入?|保留|连接)一个|(?:拔出|拔除|拔掉|拔下|移除)多余',
    ],
    // how-to lines on the CA tab ("插入U盾后输入PIN码") are instructions, not errors; a certificate's status that
    // could not be had ("无法获取证书的状态") is a failed status check of a key that is there
    unless: ['插入~后(?:点击|输入|再|选择|登录)', '(?:获取|取|查询)(?:不到)?证书的?状态'],
    severity: 'error',
    priority: 75,
    examples: {
      match: [
        '未取到证书,请插入UKEY!',
        '未检测到数字证书',
        '请确认uskey中是否有证书',
        '私钥未载入(-2113667018)',
        '未选择证书',
        'USBKEY未插或未插好',
        '读私钥设备错误',
        '未检测到密钥,请先插入密钥!',
        '检测到多个证书,请只插入一个UKey',
        '电脑上插了多个U盾,请拔出多余的U盾',
      ],
      noMatch: ['请插入U盾后输入PIN码登录', '读取UsbKey成功', 'CA证书登录'],
    },
  },
  {
    id: 'client-missing.not-installed',
    category: 'client-missing',
    patterns: [
      '(?:未|没有|尚未|没)(?:正确|成功)?(?:安装|启动|运行|开启|打开|加载|检测到|找到)~{client}',
      '{client}~(?:未安装|没有安装|未启动|未运行|未开启|未加载|加载失败|安装失败|启动失败|未成功|不成功|连接失败|没有回应|未响应|无响应|版本(?:过|太)?(?:低|旧))',
      '{client}~是否(?:已经?)?(?:正确)?(?:安装|启动)',
      // "升级控件前需要…" tells what to do around an upgrade, not that one is needed
      '(?:更新|升级|重新安装|重装)~(?:驱动|控件|插件|客户端|助手|应用环境|中间件|组件)(?!前|之前|时)',
      '(?:安装|启动|运行|打开)~{client}后(?:重试|刷新|再试)|(?:^请|请先)(?:下载)?并?(?:安装|启动|运行)~{client}',
      '请确认已(?:正确)?安装|(?:检查|确认)~是否(?:已经?)?(?:正确)?(?:安装|启动|打开|运行)~{client}',
      '(?:打开|连接|启动)~{client}失败|(?:没有|缺少)~(?:驱动|控件|插件|客户端|助手|应用环境|证书环境|中间件)',
      '(?:应用环境|证书环境|控件|驱动|插件|中间件)~(?:出错|错误|异常|损坏)|(?:装载|加载)(?:动态库|dll)~(?:错误|失败)|初始化(?:环境|控件|组件)~(?:错误|失败)',
    ],
    // a tip ("登录前请先安装…", "…的用户请点击下载") is no error
    unless: ['首次|初次|第一次|如需|温馨提示|小贴士|前请|用户请|点击下载|点此下载'],
    severity: 'error',
    priority: 80,
    examples: {
      match: [
        '未安装驱动',
        '请先安装数字证书驱动',
        '兼容控件未安装成功',
        'P11服务没有回应',
        '请至单位登录入口更新驱动后尝试',
        '没有检测到证书助手,请下载并安装',
        '请检查是否打开协卡助手',
        '打开CA证书服务失败',
        '读Key驱动程序错误!',
        '装载动态库错误',
        '请安装USBKEY驱动',
      ],
      noMatch: [
        '证书驱动下载',
        '下载证书助手',
        '服务器连接失败',
        '系统升级期间暂停服务',
        '首次使用请下载安装证书驱动',
        'CA证书登录请下载安装证书助手',
        '下载并安装驱动',
        '服务异常',
        '没有驱动?点击下载',
        'CA登录前请先安装证书驱动',
      ],
    },
  },
  {
    id: 'pin-locked.key',
    category: 'pin-locked',
    patterns: [
      // "将被锁死" is a policy notice; a wrong PIN that warns of it is pin-wrong
      '(?:{dev}|pin码?|证书~{pw})~(?<!将|将被|会|会被)(?:(?:已|已经|已被|被)锁|锁死|锁定|锁住|冻结)',
      '(?:已|已经)被?锁死|(?<![将会])被锁死',
    ],
    severity: 'error',
    priority: 95,
    examples: {
      match: [
        'PIN码已锁死,请联系CA机构解锁',
        'USBKey已被锁定',
        '证书口令已被锁死',
        '连续输入错误次数过多导致usbkey已被锁',
      ],
      noMatch: ['请插入U盾或CA锁', '账号已被锁定', '温馨提示:U盾密码连续输错6次将被锁死'],
    },
  },
  {
    id: 'pin-wrong.key',
    category: 'pin-wrong',
    patterns: [
      '(?:{dev}|证书)~{pw}~{bad}',
      'pin码?~(?:{bad}|失败)|请(?:正确|重新)输入~(?:{dev}|证书)的?(?:{pw}|pin)',
      '(?:校验|验证)(?:{cert})?(?:{pw}|pin码?)失败',
    ],
    severity: 'error',
    priority: 85,
    examples: {
      match: [
        '原证书口令错误',
        'PIN码错误,剩余重试次数2次',
        '校验证书密码失败!您还有3次机会重试!',
        'U盾密码错误',
        '私钥密码错误',
        '请正确输入8位IC卡/Key密码',
      ],
      noMatch: ['证书密码:', '密码错误', '证书已过期'],
    },
  },
];
