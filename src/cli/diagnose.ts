/**
 * diagnose: the core's judgement from the command line, for rule and portal authors and for tests.
 *   --text "MESSAGE" (repeatable) | --stdin-text   → {"text","findings":[{"category","rule","severity","title"}]}
 *     [--surface toast|dialog|alert|field|inline|page] (default inline) [--after-attempt] [--explain] (adds "explain":
 *     what matched)
 *   --url URL (repeatable) | --stdin-urls          → {"url","trust","portal":{"id","kind","region"}|null}
 *   FILE.html --url URL                            → recognition + findings for a saved page
 * One JSON object per input line; exit 0 even for texts that are no error, 2 on bad usage.
 * The logic is in `runDiagnoseCli` so tests call it directly.
 */
import { readFileSync } from 'node:fs';
import { diagnoseTextLine } from '../core/diagnose';
import type { Surface } from '../core/diagnose/types';
import { trust } from '../core/portals';
import { runAsMain, stdinValues, usageError, type CliOutput } from './io';
import { diagnoseSavedPage } from './saved-page';
import { urlArgument } from './url-arg';

export const USAGE = `Usage: npm run --silent diagnose -- --text "MESSAGE" [--text "MESSAGE"...]
       npm run --silent diagnose -- --stdin-text < messages.txt
       npm run --silent diagnose -- --url URL [--url URL...]
       npm run --silent diagnose -- --stdin-urls < urls.txt
       npm run --silent diagnose -- FILE.html --url URL

--text / --stdin-text  what a login page showed → {"text","findings":[{"category","rule","severity","title"}]}
                       findings best first; a text that is no error has none ("title" is in Chinese)
  --surface S          where the text was seen: toast|dialog|alert|field|inline|page (default inline); advice
                       such as "请插入U盾" is an error in a popup after a click, not as text standing on the page
  --after-attempt      the text appeared right after the user pressed 登录 (or Enter): inline text is then
                       judged as the page's answer, like a popup
  --explain            add "explain": the normalised text, its clauses, the concepts and rules that matched
--url / --stdin-urls   → {"url","trust":"official|government|lookalike|unknown","portal":{"id","kind","region"}|null}
                       an http(s) address or a bare host (read as https://HOST); a --url that is neither
                       exits with 2, such a stdin line is answered with "error":"not a web address"
FILE.html --url URL    a saved page → {"url","trust","portal","recognition","messages","findings"}
-h, --help             show this help

Exit status: 0 when every input was judged, 2 on bad usage.
`;

const SURFACES: readonly Surface[] = ['toast', 'dialog', 'alert', 'field', 'inline', 'page'];

interface Args {
  surface: Surface;
  afterAttempt: boolean;
  explain: boolean;
  texts: string[];
  urls: string[];
  files: string[];
  stdinText: boolean;
  stdinUrls: boolean;
  help: boolean;
}

export function parseDiagnoseArgs(argv: readonly string[]): Args | { error: string } {
  const args: Args = {
    surface: 'inline',
    afterAttempt: false,
    explain: false,
    texts: [],
    urls: [],
    files: [],
    stdinText: false,
    stdinUrls: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : argv[++i]);
    switch (flag) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--stdin-text':
        args.stdinText = true;
        break;
      case '--stdin-urls':
        args.stdinUrls = true;
        break;
      case '--explain':
        args.explain = true;
        break;
      case '--after-attempt':
        args.afterAttempt = true;
        break;
      case '--surface': {
        const surface = value();
        if (!surface || !(SURFACES as readonly string[]).includes(surface))
          return { error: `--surface needs one of ${SURFACES.join(' ')}` };
        args.surface = surface as Surface;
        break;
      }
      case '--text': {
        const text = value();
        if (text === undefined) return { error: '--text needs the message text' };
        args.texts.push(text);
        break;
      }
      case '--url': {
        const url = value();
        if (url === undefined) return { error: '--url needs an address' };
        args.urls.push(url);
        break;
      }
      default:
        if (arg.startsWith('-')) return { error: `unknown option "${arg}"` };
        args.files.push(arg);
    }
  }
  if (args.help) return args;
  const modes = [
    args.texts.length > 0 || args.stdinText,
    args.urls.length > 0 || args.stdinUrls || args.files.length > 0,
  ];
  if (!modes.includes(true)) return { error: 'give --text, --stdin-text, --url, --stdin-urls or FILE.html --url URL' };
  if (modes.every(Boolean)) return { error: 'texts and URLs cannot be judged in one call' };
  if (args.files.length > 1) return { error: 'give one saved page at a time' };
  if (modes[1] && (args.explain || args.afterAttempt || args.surface !== 'inline'))
    return { error: '--surface, --after-attempt and --explain go with --text or --stdin-text' };
  if (args.files.length === 1 && (args.urls.length !== 1 || args.stdinUrls)) {
    return { error: 'a saved page needs exactly one --url (the address it was saved from)' };
  }
  return args;
}

export function urlLine(url: string) {
  const verdict = trust(url);
  const portal = verdict.portal;
  return {
    url,
    trust: verdict.trust,
    portal: portal ? { id: portal.id, kind: portal.kind, region: portal.region } : null,
  };
}

export function runDiagnoseCli(
  argv: readonly string[],
  stdin = '',
  readPage = (file: string) => readFileSync(file, 'utf8'),
): CliOutput {
  const args = parseDiagnoseArgs(argv);
  if ('error' in args) return usageError('diagnose', args.error);
  if (args.help) return { stdout: USAGE, stderr: '', code: 0 };
  const lines: unknown[] = [];
  if (args.files.length === 1) {
    const [file] = args.files as [string];
    let html: string;
    try {
      html = readPage(file);
    } catch (error) {
      return usageError('diagnose', `cannot read ${file}: ${(error as Error).message}`);
    }
    lines.push(diagnoseSavedPage(html, args.urls[0]!));
  } else if (args.urls.length > 0 || args.stdinUrls) {
    // a bare host is read as https://host; a --url that is no address is bad usage (exit 2), a stdin line that
    // is none gets its own line saying so (one line per input, exit 0)
    for (const given of args.urls) {
      const url = urlArgument(given);
      if (url === null)
        return usageError('diagnose', `--url needs a web address or a host name, not "${given.slice(0, 200)}"`);
      lines.push(urlLine(url));
    }
    for (const given of args.stdinUrls ? stdinValues(stdin) : []) {
      const url = urlArgument(given);
      lines.push(
        url === null ? { url: given, trust: 'unknown', portal: null, error: 'not a web address' } : urlLine(url),
      );
    }
  } else {
    for (const text of [...args.texts, ...(args.stdinText ? stdinValues(stdin) : [])])
      lines.push(diagnoseTextLine(text, args.surface, args.explain, args.afterAttempt));
  }
  return { stdout: lines.map((line) => `${JSON.stringify(line)}\n`).join(''), stderr: '', code: 0 };
}

await runAsMain(
  import.meta.url,
  (argv) => {
    const args = parseDiagnoseArgs(argv);
    return !('error' in args) && !args.help && (args.stdinText || args.stdinUrls);
  },
  runDiagnoseCli,
);
