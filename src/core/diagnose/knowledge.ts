import type { Category, Lang, Localized } from '../categories';
import type { PortalKind } from './types';

/**
 * What the user reads per category: a title, one line on what went wrong and the steps that fix it, in both
 * languages. Facts come from the guide (guide.zh.txt) and the research; the wording is ours. `{hotline}` in a step
 * becomes the portal kind's hotline, or the list of all four when the kind is unknown.
 */
export interface Knowledge {
  title: Localized;
  explanation: Localized;
  steps: Record<Lang, readonly string[]>;
}

export const HOTLINES: Record<PortalKind, string> = {
  'e-tax': '12366',
  'social-insurance': '12333',
  'medical-insurance': '12393',
  'housing-fund': '12329',
};

/** The list of all four hotlines, written from HOTLINES so each number is typed once. */
const ALL_HOTLINES: Localized = {
  'zh-CN': `当地服务热线（社保 ${HOTLINES['social-insurance']}、医保 ${HOTLINES['medical-insurance']}、公积金 ${HOTLINES['housing-fund']}、税务 ${HOTLINES['e-tax']}）`,
  en: `the local service hotline (social insurance ${HOTLINES['social-insurance']}, medical insurance ${HOTLINES['medical-insurance']}, housing fund ${HOTLINES['housing-fund']}, tax ${HOTLINES['e-tax']})`,
};

export const KNOWLEDGE: Record<Category, Knowledge> = {
  'password-wrong': {
    title: { 'zh-CN': '账号或密码不对', en: 'Wrong account or password' },
    explanation: {
      'zh-CN': '系统没有接受这次输入的账号和密码组合。',
      en: 'The portal did not accept this combination of account and password.',
    },
    steps: {
      'zh-CN': [
        '核对账号：是单位的统一社会信用代码，还是经办人本人的账号（身份证号、手机号），要和这个登录方式对应。',
        '重新输入密码，留意大小写锁定键和中英文输入法，不要从别处粘贴带空格的内容。',
        '想不起来就别再猜：用登录页的“忘记密码”，通过绑定的手机号、邮箱或数字证书验证后重设。',
        '网上找回不成时，由经办人带单位介绍信、营业执照复印件、本人身份证原件和复印件到服务大厅重置密码。',
      ],
      en: [
        'Check the account: the company credit code or the agent’s own account (ID number, mobile number), whichever this login form asks for.',
        'Type the password again; watch Caps Lock and the input method, and do not paste text with spaces.',
        'If you are not sure, stop guessing: use Forgot password on the login page and verify with the bound phone, e-mail or certificate.',
        'If the online reset fails, the agent brings a company letter, a copy of the business licence and their ID card (original and copy) to the service hall.',
      ],
    },
  },
  'password-expired': {
    title: { 'zh-CN': '密码需要修改', en: 'Password must be changed' },
    explanation: {
      'zh-CN': '密码已过期、仍是初始密码或强度不够，系统要求先改密码。',
      en: 'The password has expired, is still the initial one or is too weak, so the portal asks for a new one.',
    },
    steps: {
      'zh-CN': [
        '按页面的提示进入修改密码页面，先输入当前密码，再设置新密码。',
        '新密码按页面要求混合字母、数字和符号，不要与旧密码相同。',
        '改好后用新密码重新登录，并告知单位里其他共用此账号的经办人。',
      ],
      en: [
        'Follow the page to the change-password screen, enter the current password, then a new one.',
        'Mix letters, digits and symbols as the page requires, and do not reuse the old password.',
        'Log in again with the new password and tell any colleague who uses the same account.',
      ],
    },
  },
  'captcha-wrong': {
    title: { 'zh-CN': '图形验证码没通过', en: 'Captcha not accepted' },
    explanation: {
      'zh-CN': '图片验证码或滑块验证输错、过期或没有完成。',
      en: 'The picture code or slider check was wrong, expired or not done.',
    },
    steps: {
      'zh-CN': [
        '点一下验证码图片换一张新的，再照着输入（通常不区分大小写）。',
        '滑块验证要拖到缺口完全对齐后再松手，失败就等它刷新后重来。',
        '验证码几分钟就会失效，填完账号密码后马上提交。',
      ],
      en: [
        'Click the picture to get a fresh code and type it again (usually not case-sensitive).',
        'For a slider, drag until the piece fits the gap exactly; if it fails, wait for it to reset and try again.',
        'Codes expire after a few minutes, so submit right after filling in the form.',
      ],
    },
  },
  'sms-code-wrong': {
    title: { 'zh-CN': '短信验证码有问题', en: 'SMS code problem' },
    explanation: {
      'zh-CN': '短信验证码输错、过期、还没获取，或者获取得太频繁。',
      en: 'The SMS code was wrong, expired, not requested yet, or requested too often.',
    },
    steps: {
      'zh-CN': [
        '只填最新一条短信里的验证码，旧短信里的码已经作废。',
        '验证码有时效，过期了就重新获取，收到后尽快填写。',
        '提示太频繁时，等倒计时结束（通常一分钟左右）再点获取，不要连续点击。',
        '一直收不到短信：确认绑定的手机号还在用、没有被拦截为垃圾短信；手机号已变更的要先办理变更。',
      ],
      en: [
        'Use the code from the newest message only; older codes are void.',
        'Codes expire; request a new one and enter it soon after it arrives.',
        'If you were told it is too often, wait for the countdown (about a minute) before requesting again.',
        'No message at all: check that the bound mobile number is still yours and not filtering the sender; a changed number must be updated first.',
      ],
    },
  },
  'credit-code-wrong': {
    title: { 'zh-CN': '单位代码不被接受', en: 'Company code not accepted' },
    explanation: {
      'zh-CN': '统一社会信用代码或纳税人识别号填错，或系统里查不到这个单位。',
      en: 'The unified social credit code or taxpayer number is wrong, or the portal cannot find the company.',
    },
    steps: {
      'zh-CN': [
        '对照营业执照核对 18 位统一社会信用代码，字母用大写，注意数字 0 和字母 O、数字 1 和字母 I 不要混淆。',
        '去掉多余的空格和横线后再输入。',
        '确认这个单位已在本系统（本地区）办理过登记或开户；新设立或刚迁入的单位可能要先去窗口登记。',
      ],
      en: [
        'Compare with the business licence: 18 characters, capital letters, and do not mix up 0/O or 1/I.',
        'Remove spaces and dashes before entering it.',
        'Make sure the company is registered with this portal in this region; a new or newly moved company may need to register at the counter first.',
      ],
    },
  },
  'input-missing': {
    title: { 'zh-CN': '有必填项没填好', en: 'A required field is empty or malformed' },
    explanation: {
      'zh-CN': '有必填的内容空着，或者格式、长度不符合要求。',
      en: 'A required field is empty, or its format or length does not fit.',
    },
    steps: {
      'zh-CN': [
        '看提示指的是哪一项（账号、密码、验证码、证书等），把它补全。',
        '按页面要求的格式和位数填写，例如密码的长度范围、手机号 11 位。',
        '浏览器自动填充可能填错位置，必要时清空后手动输入。',
      ],
      en: [
        'Find the field the message refers to (account, password, code, certificate) and fill it in.',
        'Follow the required format and length, such as the password length range or an 11-digit mobile number.',
        'Autofill may have put text in the wrong field; clear it and type by hand.',
      ],
    },
  },
  'account-locked': {
    title: { 'zh-CN': '账号被锁定或即将锁定', en: 'Account locked or about to lock' },
    explanation: {
      'zh-CN': '连续输错后账号被锁定、停用，或者再错几次就会被锁。',
      en: 'After repeated failures the account is locked or disabled, or will be after a few more tries.',
    },
    steps: {
      'zh-CN': [
        '先停止尝试，继续输错只会让锁定更久或次数更快用完。',
        '很多系统过一段时间会自动解锁，不急的话可以等解锁后再登录。',
        '着急办理就用登录页的“忘记密码”重设密码，或联系{hotline}按指引解锁。',
        '账号被停用或过期时，需要联系主管部门或服务窗口重新启用。',
      ],
      en: [
        'Stop trying; more wrong attempts only lengthen the lock or use up the remaining tries.',
        'Many portals unlock by themselves after a while; if it is not urgent, wait and then log in.',
        'If it is urgent, reset the password with Forgot password on the login page, or call {hotline} to have it unlocked.',
        'A disabled or expired account has to be re-enabled by the authority or the service counter.',
      ],
    },
  },
  'account-not-registered': {
    title: { 'zh-CN': '账号未注册或未激活', en: 'Account not registered or not activated' },
    explanation: {
      'zh-CN': '系统找不到这个用户，或账号还没有注册、激活。',
      en: 'The portal does not know this user, or the account is not registered or activated yet.',
    },
    steps: {
      'zh-CN': [
        '先确认账号没有输错，以及选对了入口（单位入口还是个人入口）。',
        '第一次使用的单位或经办人，按登录页的“注册”或“激活”流程完成注册、设置密码并绑定经办人。',
        '注册遇到问题时，咨询{hotline}或到服务窗口办理。',
      ],
      en: [
        'Check that the account is typed correctly and that you chose the right entry (company or personal).',
        'A first-time company or agent completes Register or Activate on the login page: sign up, set a password and bind the agent.',
        'If registration fails, ask {hotline} or the service counter.',
      ],
    },
  },
  'agent-not-linked': {
    title: { 'zh-CN': '您还不是该单位的经办人', en: 'You are not linked to this company' },
    explanation: {
      'zh-CN': '您的个人账号和这个单位之间没有经办（办税）关系或权限。',
      en: 'Your personal account has no agent (tax staff) relation or permission for this company.',
    },
    steps: {
      'zh-CN': [
        '确认输入的单位代码就是您要代办的单位。',
        '请单位的法定代表人、财务负责人或管理员登录系统，把您添加为经办人并分配权限。',
        '添加完成后重新登录，按提示选择对应的单位和身份。',
      ],
      en: [
        'Check that the company code is the company you act for.',
        'Ask the company’s legal representative, finance head or administrator to log in and add you as an agent with the right permissions.',
        'Log in again afterwards and pick the company and role when asked.',
      ],
    },
  },
  'login-failed': {
    title: { 'zh-CN': '登录没有成功', en: 'Login failed' },
    explanation: {
      'zh-CN': '系统只说登录失败，没有给出具体原因。',
      en: 'The portal says the login failed but gives no reason.',
    },
    steps: {
      'zh-CN': [
        '逐项核对单位代码、账号、密码和验证码后再试一次。',
        '刷新页面或关闭浏览器重新打开，排除页面停留太久造成的问题。',
        '换用系统推荐的浏览器，或清除缓存和 Cookie 后再试。',
        '仍然失败时，记下提示原文和时间，联系{hotline}。',
      ],
      en: [
        'Check the company code, account, password and captcha one by one, then try once more.',
        'Reload the page or restart the browser in case the page has been open too long.',
        'Switch to the portal’s recommended browser, or clear the cache and cookies.',
        'If it still fails, note the exact message and the time and call {hotline}.',
      ],
    },
  },
  'cert-not-detected': {
    title: { 'zh-CN': '没有读到 U 盾或证书', en: 'No USB key or certificate found' },
    explanation: {
      'zh-CN': '系统没有检测到插好的 U 盾（数字证书），或者还没有选择证书。',
      en: 'The portal found no inserted USB key (certificate), or no certificate was chosen.',
    },
    steps: {
      'zh-CN': [
        '把 U 盾拔下来重新插好（插了多个 U 盾时只留一个），可以换一个 USB 接口，尽量不用延长线或集线器。',
        '确认证书助手（驱动）已安装并在运行，然后刷新页面。',
        '弹出证书选择框时，选本单位的证书再确定。',
        '还不行就重启电脑，或换一台电脑测试 U 盾本身是否正常。',
      ],
      en: [
        'Unplug the USB key and plug it in again (only one key at a time), or use another USB port, without hubs or extension cables.',
        'Make sure the CA helper (driver) is installed and running, then reload the page.',
        'When a certificate list pops up, choose your company’s certificate and confirm.',
        'Still nothing: restart the computer, or test the key on another computer.',
      ],
    },
  },
  'cert-failed': {
    title: { 'zh-CN': '证书读取或校验失败', en: 'Certificate could not be used' },
    explanation: {
      'zh-CN': 'U 盾插着，但证书读取、签名或与服务器的校验没有成功。',
      en: 'The key is there, but reading, signing or checking the certificate with the server failed.',
    },
    steps: {
      'zh-CN': [
        '关闭所有浏览器窗口，重新插拔 U 盾后再打开登录页。',
        '把证书助手（驱动）更新到 CA 机构网站上的最新版本。',
        '在浏览器里允许证书相关插件运行，并把本网站加入可信站点。',
        '仍然失败就联系颁发 U 盾的 CA 机构检测证书。',
      ],
      en: [
        'Close every browser window, re-plug the key and open the login page again.',
        'Update the CA helper (driver) to the latest version from the CA’s website.',
        'Allow the certificate plug-in in the browser and add this site to the trusted sites.',
        'If it still fails, ask the CA that issued the key to check the certificate.',
      ],
    },
  },
  'cert-expired': {
    title: { 'zh-CN': '证书已过期或已作废', en: 'Certificate expired or revoked' },
    explanation: {
      'zh-CN': 'U 盾里的数字证书超过了有效期，或已被吊销、注销，不能再用来登录。',
      en: 'The certificate on the key is past its validity or revoked, so it can no longer log in.',
    },
    steps: {
      'zh-CN': [
        '联系颁发 U 盾的 CA 机构（或当地服务商）办理证书更新（续期），很多 CA 支持插着 U 盾在线续期。',
        '按 CA 的要求准备材料、缴费；已吊销的证书需要重新申请。',
        '续期完成后重新插拔 U 盾再登录；急用时可先改用账号密码等其他方式登录。',
      ],
      en: [
        'Contact the CA (or local service agent) that issued the key to renew the certificate; many renew online with the key plugged in.',
        'Prepare the documents and fee the CA asks for; a revoked certificate has to be applied for anew.',
        'After renewal re-plug the key and log in; if urgent, use another login mode such as password meanwhile.',
      ],
    },
  },
  'cert-expiring': {
    title: { 'zh-CN': '证书快到期了', en: 'Certificate expires soon' },
    explanation: {
      'zh-CN': '证书还能用，但有效期快到了，到期后就无法用 U 盾登录。',
      en: 'The certificate still works, but it will soon expire and then the key can no longer log in.',
    },
    steps: {
      'zh-CN': [
        '趁证书还有效，尽快联系颁发 U 盾的 CA 机构办理更新（续期）。',
        '在日历里记下到期日，提前几周提醒自己。',
        '这次登录可以照常继续。',
      ],
      en: [
        'Renew with the CA that issued the key while the certificate is still valid.',
        'Put the expiry date in your calendar with a reminder a few weeks ahead.',
        'You can go on with this login as usual.',
      ],
    },
  },
  'cert-mismatch': {
    title: { 'zh-CN': '证书和单位对不上', en: 'Certificate does not match' },
    explanation: {
      'zh-CN': '插着的证书属于别的单位、类型不对，或还没有在本系统登记绑定。',
      en: 'The inserted certificate belongs to another company, is of the wrong type, or is not registered with this portal.',
    },
    steps: {
      'zh-CN': [
        '确认插的是本单位、用于本系统的 U 盾；电脑上插了多个 U 盾时只留一个。',
        '证书选择框里选对证书（看单位名称）。',
        '新办或更换的证书要先在系统里登记、绑定，按页面指引或到窗口办理。',
        '提示证书类型不符时，咨询 CA 机构是否需要升级证书（如 RSA 换国密 SM2）。',
      ],
      en: [
        'Make sure the key is your company’s key for this portal; keep only one key plugged in.',
        'Pick the right certificate in the list (check the company name).',
        'A new or replaced certificate must be registered or bound in the portal first, online or at the counter.',
        'If the certificate type is wrong, ask the CA whether it needs an upgrade (for example RSA to SM2).',
      ],
    },
  },
  'pin-wrong': {
    title: { 'zh-CN': 'U 盾密码（PIN）不对', en: 'Wrong USB-key PIN' },
    explanation: {
      'zh-CN': '输入的是 U 盾的证书密码（PIN），和登录密码不是一回事，这次没有通过。',
      en: 'The USB-key PIN, which is not the login password, was not accepted.',
    },
    steps: {
      'zh-CN': [
        '确认输的是 U 盾的证书密码，不是网站的登录密码。',
        '没改过的话试一下 CA 给的初始密码（见 U 盾包装或发放材料）。',
        'PIN 连续输错会把 U 盾锁死，没把握时不要硬试，先联系 CA 机构。',
      ],
      en: [
        'Make sure you typed the key’s PIN, not the website password.',
        'If it was never changed, try the initial PIN from the CA’s papers or the key’s packaging.',
        'Too many wrong PINs lock the key; if unsure, stop and ask the CA first.',
      ],
    },
  },
  'pin-locked': {
    title: { 'zh-CN': 'U 盾已被锁死', en: 'USB key locked' },
    explanation: {
      'zh-CN': 'PIN 输错次数用完，U 盾被锁，在解锁前无法使用。',
      en: 'The PIN tries are used up, so the key is locked until it is unlocked.',
    },
    steps: {
      'zh-CN': [
        '不要再输 PIN，继续尝试没有用。',
        '联系颁发 U 盾的 CA 机构办理解锁，有的支持远程解锁，有的需要带 U 盾和单位材料到网点。',
        '解锁后按 CA 的说明设置新的 PIN 并妥善保管。',
      ],
      en: [
        'Do not enter the PIN again; it will not help.',
        'Ask the CA that issued the key to unlock it; some do it remotely, others need the key and company papers at their office.',
        'After unlocking, set a new PIN as the CA explains and keep it safe.',
      ],
    },
  },
  'client-missing': {
    title: { 'zh-CN': '证书助手或驱动没装好', en: 'CA client or driver missing' },
    explanation: {
      'zh-CN': '登录要用的证书助手、驱动或浏览器控件没有安装、没有运行或版本太旧。',
      en: 'The CA helper, driver or browser control the login needs is not installed, not running or too old.',
    },
    steps: {
      'zh-CN': [
        '从 CA 机构官网或本系统的“下载专区”下载证书助手（驱动），安装时关闭浏览器。',
        '确认证书助手已启动（通常在屏幕右下角托盘有图标），再刷新登录页。',
        '浏览器提示是否允许运行控件或插件时选择允许。',
        '安装后仍提示版本低或不可用，卸载旧版、重启电脑后重新安装。',
      ],
      en: [
        'Download the CA helper (driver) from the CA’s website or the portal’s download area; close the browser while installing.',
        'Check that the helper is running (usually an icon in the tray at the bottom right), then reload the login page.',
        'Allow the control or plug-in when the browser asks.',
        'If it still says too old or unavailable, uninstall the old version, restart and install again.',
      ],
    },
  },
  'browser-unsupported': {
    title: { 'zh-CN': '浏览器或模式不支持', en: 'Browser or mode not supported' },
    explanation: {
      'zh-CN': '当前浏览器、版本或浏览模式不被这个系统支持，或者关闭了 Cookie。',
      en: 'This browser, version or browsing mode is not supported by the portal, or cookies are off.',
    },
    steps: {
      'zh-CN': [
        '改用页面或系统说明里推荐的浏览器（常见的是 IE、Chrome、Firefox 或 360）。',
        '用 360 等双核浏览器时，在地址栏右侧切换“兼容模式”或“极速模式”，按页面要求选择；IE 可在工具菜单里开启“兼容性视图”。',
        '在浏览器设置里允许本网站使用 Cookie，并清除缓存后重新打开。',
        '按提示安装或启用需要的插件（如 ActiveX 控件）。',
      ],
      en: [
        'Use the browser the page or the portal’s guide recommends (often IE, Chrome, Firefox or 360).',
        'In dual-engine browsers such as 360, switch between compatibility and speed mode next to the address bar as the page asks; in IE turn on Compatibility View.',
        'Allow cookies for this site, clear the cache and open the page again.',
        'Install or enable the plug-in the page asks for (such as an ActiveX control).',
      ],
    },
  },
  'session-expired': {
    title: { 'zh-CN': '登录状态已失效', en: 'Session expired' },
    explanation: {
      'zh-CN': '页面停留太久、二维码过期，或账号在别处登录，需要重新登录。',
      en: 'The page was idle too long, the QR code expired, or the account logged in elsewhere, so log in again.',
    },
    steps: {
      'zh-CN': [
        '刷新页面或回到登录页，重新登录一次。',
        '扫码登录的，刷新二维码后尽快扫描。',
        '提示在别处登录时，确认是否同事也在用这个账号；如果不是本单位的人，登录后立即修改密码。',
      ],
      en: [
        'Reload the page or go back to the login page and log in again.',
        'For QR login, refresh the code and scan it right away.',
        'If it says the account logged in elsewhere, check whether a colleague is using it; if not, change the password after logging in.',
      ],
    },
  },
  network: {
    title: { 'zh-CN': '网络连接有问题', en: 'Network problem' },
    explanation: {
      'zh-CN': '请求没有送到服务器或没有及时返回。',
      en: 'The request did not reach the server or the answer did not come back in time.',
    },
    steps: {
      'zh-CN': [
        '打开其他网站试试，确认电脑能正常上网。',
        '刷新页面再试；不行就重启路由器。',
        '临时关闭防火墙或安全软件测试一下，测试完记得重新打开。',
        '单位网络有代理或限制时，请网管放行该系统的网址。',
      ],
      en: [
        'Open another website to check that the computer is online.',
        'Reload the page and try again; if that fails, restart the router.',
        'Briefly turn off the firewall or security software to test, and turn it back on afterwards.',
        'If the office network uses a proxy or filter, ask IT to allow this portal.',
      ],
    },
  },
  maintenance: {
    title: { 'zh-CN': '系统维护或繁忙', en: 'Portal under maintenance or busy' },
    explanation: {
      'zh-CN': '系统正在维护、升级或访问人数太多，暂时无法办理。',
      en: 'The portal is being maintained or upgraded, or is overloaded, and cannot serve you right now.',
    },
    steps: {
      'zh-CN': [
        '看一下登录页的公告，了解维护时段和恢复时间。',
        '过一段时间再试，尽量避开月初、月末和申报截止前的高峰。',
        '临近办理期限时，提前联系{hotline}说明情况。',
      ],
      en: [
        'Read the notices on the login page for the maintenance window and when service returns.',
        'Try again later, avoiding peak days such as the start and end of the month and filing deadlines.',
        'If a deadline is close, call {hotline} early and explain.',
      ],
    },
  },
  'lookalike-portal': {
    title: { 'zh-CN': '这可能是仿冒网站', en: 'This may be a fake portal' },
    explanation: {
      'zh-CN': '页面看起来像政府服务系统，但网址不是官方域名。',
      en: 'The page looks like a government portal, but its address is not an official one.',
    },
    steps: {
      'zh-CN': [
        '不要在这个页面输入账号、密码、证书密码或验证码。',
        '关闭页面，从官方网站（通常以 gov.cn 结尾）或收藏夹里的正确入口重新进入。',
        '如果已经输入过，立即到官方网站修改密码，并联系{hotline}。',
      ],
      en: [
        'Do not enter any account, password, PIN or code on this page.',
        'Close it and open the portal from its official site (usually ending in gov.cn) or a saved bookmark.',
        'If you already typed something, change the password on the official site at once and call {hotline}.',
      ],
    },
  },
};

/**
 * Where one kind of portal works differently from the general advice. Replaces the steps (and, when given, the
 * explanation) of the general entry.
 */
export const KIND_OVERRIDES: Partial<Record<PortalKind, Partial<Record<Category, Pick<Knowledge, 'steps'>>>>> = {
  'e-tax': {
    'password-wrong': {
      steps: {
        'zh-CN': [
          '新版电子税务局用的是经办人个人的账号（身份证号、手机号或用户名）和个人密码，不是单位的密码。',
          '没改过密码的，初始密码一般是证件号码后六位。',
          '想不起来就别再猜，用登录页的“忘记密码”通过绑定手机重设。',
        ],
        en: [
          'The new e-tax portal takes the agent’s personal account (ID number, mobile or user name) and personal password, not a company password.',
          'If it was never changed, the initial password is usually the last six characters of the ID number.',
          'If unsure, stop guessing and use Forgot password on the login page to reset it via the bound mobile.',
        ],
      },
    },
    'account-locked': {
      steps: {
        'zh-CN': [
          '别再凭记忆猜密码，每猜错一次都离锁定更近。',
          '点登录页的“忘记密码”，用绑定的手机号验证后设置新密码，再用新密码登录。',
          '收不到验证短信或手机号已变更时，联系{hotline}，或到办税服务厅处理。',
        ],
        en: [
          'Stop guessing the password: every wrong guess brings the lock closer.',
          'Use Forgot password on the login page, verify with the bound mobile, set a new password and log in with it.',
          'If no SMS arrives or the mobile number has changed, call {hotline} or visit the tax service hall.',
        ],
      },
    },
    'agent-not-linked': {
      steps: {
        'zh-CN': [
          '确认统一社会信用代码就是您要代办的企业。',
          '请企业的法定代表人或财务负责人登录电子税务局，在人员权限管理中把您添加为办税人员，HR 办社保费可选“社保经办人”身份。',
          '添加后重新登录，在身份选择里选择该企业和对应身份。',
        ],
        en: [
          'Check that the credit code is the company you act for.',
          'Ask the legal representative or finance head to log in to e-tax and add you as tax staff under staff permissions; HR staff for social-insurance fees can take the social-insurance agent role.',
          'Log in again and pick this company and role when asked.',
        ],
      },
    },
    'account-not-registered': {
      steps: {
        'zh-CN': [
          '电子税务局要求经办人先有个人用户：在登录页的自然人（个人）业务入口完成实名注册。',
          '注册后回到企业业务登录，输入单位代码、个人账号和密码。',
          '注册或实名遇到问题，联系{hotline}。',
        ],
        en: [
          'E-tax needs a personal user first: register with your real name through the personal (natural person) entry on the login page.',
          'Then return to the company login and enter the company code, your personal account and password.',
          'For trouble with registration or identity checks, call {hotline}.',
        ],
      },
    },
  },
};

export function hotlineText(kind: PortalKind | undefined, lang: Lang): string {
  if (!kind) return ALL_HOTLINES[lang];
  return lang === 'en' ? `the ${HOTLINES[kind]} hotline` : `服务热线 ${HOTLINES[kind]}`;
}
