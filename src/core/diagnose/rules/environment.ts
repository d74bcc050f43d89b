import type { Rule } from '../rule';

/** Browser, session, network, maintenance and the catch-all. Sorted by id. */
export const ENVIRONMENT_RULES: readonly Rule[] = [
  {
    id: 'browser-unsupported.browser',
    category: 'browser-unsupported',
    patterns: [
      '(?:只|仅)(?:能)?(?:支持|适用于?|兼容)~{browser}',
      '(?:不支持|不兼容|无法兼容|不适配)(?:当前|您的|该|此|这个)?的?(?:浏览器|ie|chrome|版本)|不支持非{browser}',
      '浏览器~(?:不支持|不兼容|版本(?:过|太)?(?:低|旧)|过旧|过时|太旧)',
      '(?:过时|旧版|老版本|低版本)的?浏览器',
      '请(?:使用|切换到?|改用|更换|换用|采用|在|用|关闭|退出)~{browser}',
      'cookies?~(?:被禁用|已禁用|未启用|不可用|未开启|未打开)|(?:请|需要?)(?:启用|开启|允许)~(?:cookies?|javascript)',
    ],
    // recommendations stand on every login page
    unless: ['推荐|建议|为了?(?:更好|获得)|最佳|更佳|体验'],
    severity: 'error',
    priority: 50,
    examples: {
      match: [
        '该系统只支持IE浏览器',
        '暂不支持非IE浏览器',
        '请关闭极速模式,使用兼容模式访问',
        '浏览器不兼容',
        '请切换到极速模式访问',
        '火狐浏览器版本过低',
        '请开启Cookie后重试',
      ],
      noMatch: [
        '推荐使用谷歌浏览器,获得更佳的体验效果',
        'IE 10.0及以上版本',
        '建议使用Chrome浏览器',
        '本系统支持IE10及以上浏览器',
      ],
    },
  },
  {
    id: 'login-failed.generic',
    category: 'login-failed',
    patterns: [
      '(?:登录|登陆|认证|验证|操作|提交)(?:失败|不成功|异常)',
      '(?<!将|将会|就会)(?:无法|不能)登录|login failed|authentication failed',
      '系统(?:异常|错误|内部错误)|未知错误|(?:发生|出现)(?:未知)?错误|服务器(?:内部)?错误',
    ],
    fallback: true,
    severity: 'error',
    priority: 10,
    // "到期后将无法登录" tells what would happen, not what did
    examples: {
      match: ['登录失败', '操作失败', '系统异常,请联系管理员', '无法登录'],
      noMatch: ['登录成功', '立即登录', '证书到期后将无法登录'],
    },
  },
  {
    id: 'maintenance.down',
    category: 'maintenance',
    patterns: [
      '系统(?:正在)?(?:维护|升级|调试|检修|更新中)|(?:维护|升级)中',
      '暂停(?:服务|使用|办理|受理|访问)|服务(?:暂停|暂时关闭|暂时?不可用)|停机',
      '(?:系统|服务器)(?:繁忙|忙|拥挤)|(?:访问|登录|在线)(?:量|人数|用户)?(?:过大|过多|太多|较多)',
      '非(?:工作|服务|办公|办理)时间',
      'service unavailable|under maintenance|(?:http|状态|错误|error|code|status)~503',
    ],
    // an announcement's title or a schedule alone is a notice, not an error; a page that *is* the notice (the
    // login page replaced by "正在进行系统升级维护…") is one
    // maintenance announced for a later date ("将于11月9日22:00至次日6:00停机升级") is a notice too
    unless: [
      '^[^,.!;。]{0,30}(?:公告|通知)$|^关于|时间:|时间为',
      '{later}[^,.!?;。]{0,30}?(?:进行)?[^,.!?;。]{0,6}(?:停机|维护|升级)',
    ],
    severity: 'warning',
    priority: 48,
    examples: {
      match: [
        '系统维护中,请稍后再试!',
        '系统繁忙~请稍后再试~',
        '系统升级中...',
        '当前访问人数过多,请稍后再试',
        '服务暂时不可用,请稍后重试',
        'HTTP 503',
        '系统升级公告 尊敬的纳税人:电子税务局正在进行系统升级维护,维护期间暂停服务。预计今日18:00恢复访问。',
      ],
      noMatch: [
        '关于系统升级维护的公告',
        '系统维护时间:每日0:00-6:00',
        '升级浏览器',
        '本系统将于12月1日20:00至22:00进行停机维护',
      ],
    },
  },
  {
    id: 'network.failed',
    category: 'network',
    patterns: [
      '网络(?:连接)?(?:异常|错误|故障|不稳定|中断|断开|超时|繁忙|不通|出错|请求失败)',
      '(?:请求|连接|接口|服务器)(?:已)?(?:超时|失败|异常|中断|出错)|访问超时|连接被拒绝|(?:无法|不能)连接|连接不上',
      '(?:网络|服务器)(?:无响应|没有响应|未响应)|请检查(?:您的)?网络',
      'timed? ?out|network error|failed to fetch|net::err|err_(?:connection|network|timed)|ajax(?:请求)?(?:失败|出错|错误)',
      '(?:http|状态|错误|error|code|status)~50[0234]|bad gateway|gateway timeout|internal server error',
    ],
    severity: 'warning',
    priority: 40,
    examples: {
      match: [
        '接口请求超时,请刷新页面重试!',
        '网络异常,请检查网络连接',
        '连接服务器失败',
        'Failed to fetch',
        'ajax失败',
      ],
      noMatch: ['请求过频繁', '网络安全提示'],
    },
  },
  {
    id: 'session-expired.elsewhere',
    category: 'session-expired',
    patterns: [
      '已经?(?:在|于)(?:其他|其它|别的|另一)~(?:地方|地点|设备|终端|浏览器|窗口|位置|处)~登录|在别处登录|异地登录',
      '(?:其他|其它|别的|另一)~(?:地方|设备|终端|浏览器|窗口)~登录,?(?:您)?(?:已|已被|被)?(?:迫)?(?:下线|退出)|被(?:挤|踢)(?:下线|出)|被迫下线',
      '最大会话数|会话数(?:已达|超过|超出)|被强制(?:下线|退出)',
      '(?:账号|帐号|账户|帐户|用户)~在(?:其他|其它|别的|另一)~(?:地方|地点|设备|终端|浏览器|位置|处)~登录(?!时|后|的|会|将)',
    ],
    severity: 'warning',
    priority: 46,
    examples: {
      match: [
        '您的账号已在其他地方登录',
        '已经超过了当前主体(5)被允许的最大会话数量',
        '账号在另一台设备登录,您已被迫下线',
        '您的账号在其他地方登录,您已经被强制下线',
      ],
      noMatch: ['您已经登录', '在其他设备上登录请扫码', '账户在其他设备登录时会提醒'],
    },
  },
  {
    id: 'session-expired.qr',
    category: 'session-expired',
    patterns: ['二维码(?:已经?)?(?:过期|失效|超时)|重新扫码|扫码超时'],
    severity: 'warning',
    priority: 66,
    examples: {
      match: ['请求已超时,请重新扫码', '二维码已失效,请刷新'],
      noMatch: ['二维码登录', '请使用税务APP扫码登录'],
    },
  },
  {
    // "reauth" like the concept of the same meaning: after a failure said first it is advice about that failure
    id: 'session-expired.reauth',
    category: 'session-expired',
    patterns: ['(?:请|需要?)(?:您)?重新(?:登录|登陆|认证|打开页面)|再次认证|请先登录'],
    fallback: true,
    severity: 'warning',
    priority: 20,
    examples: {
      match: ['请重新登录', '未授权,请重新登录', '请尝试进行再次认证'],
      noMatch: ['5秒后返回登录页面', '重新登录'],
    },
  },
  {
    id: 'session-expired.timeout',
    category: 'session-expired',
    patterns: [
      '(?:会话|登录|登陆|页面|session|token|令牌)(?:状态|信息)?(?:已经?)?(?:过期|超时|失效)(?!时间|时长|设置)',
      '(?:无效|非法)的?(?:token|令牌|会话)|(?:token|令牌)(?:无效|非法)',
    ],
    severity: 'warning',
    priority: 45,
    examples: {
      match: ['登录超时,请重新登陆。', '会话已经过期,请重新打开页面', '登录状态已过期', 'token已失效', '无效的token'],
      noMatch: ['登录', '会话', '登录超时时间设置'],
    },
  },
];
