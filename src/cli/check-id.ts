/**
 * check-id: validate company codes and ID-document numbers from the command line.
 * `npm run --silent check-id -- [--type T] VALUE… | --stdin`; one JSON object per value per line.
 * The logic is in `runCheckIdCli` so tests call it directly; the bottom of the file only wires up the process.
 */
import { checkId, ID_TYPES, isIdType } from '../core/ids/index';
import type { IdType } from '../core/ids/index';
import { likelyReading, withAlternative, type Reading } from '../core/ids/reading';
import { runAsMain, stdinValues, usageError, type CliOutput } from './io';

export { stdinValues, type CliOutput };

export const USAGE = `Usage: npm run --silent check-id -- [--type T] [--today YYYY-MM-DD] VALUE...
       npm run --silent check-id -- [--type T] --stdin < values.txt

Checks company credit codes and ID-document numbers and prints one JSON object per value and line:
  {"input","type","valid","severity":"ok|warning|error","codes":[...],"normalized"?,"message","message_en","alternative"?}
"message" is in Chinese, "message_en" in English. "normalized" appears when spaces, dashes, lowercase or
full-width characters were removed or changed.

Options:
  --type T       the document type, one of:
                   ${ID_TYPES.join(' ')}
                 company / person detect the document type from the value.
                 Without --type each value is checked as "company" if it contains a letter other than
                 a final X, or has 9, 17 or 20 characters; as "person" otherwise. Digits-only values of
                 15 or 18 characters are checked both ways and the likelier reading is reported: one that
                 passes, else one with only a wrong check character (a typo) over one with an impossible
                 birth date or region. When both are as likely, "alternative" names the other reading.
  --stdin        read one value per line from standard input (an empty line is reported as E_EMPTY)
  --today DATE   compare birth dates with DATE (YYYY-MM-DD) instead of today
  -h, --help     show this help
  --             everything after this is a value, even if it starts with "-"

Exit status: 0 when every value was checked (even if a value is invalid), 2 on bad usage.
`;

export interface CliArgs {
  type?: IdType;
  today?: Date;
  stdin: boolean;
  help: boolean;
  values: string[];
}

/** Parse argv (without node and the script). Returns an error text for bad usage. */
export function parseCheckIdArgs(argv: readonly string[]): CliArgs | { error: string } {
  const args: CliArgs = { stdin: false, help: false, values: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      args.values.push(...argv.slice(i + 1));
      break;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string | undefined => {
      if (inline !== undefined) return inline;
      i++;
      return argv[i];
    };
    switch (flag) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--stdin':
        args.stdin = true;
        break;
      case '--type': {
        const t = takeValue();
        if (t === undefined) return { error: '--type needs a value' };
        if (!isIdType(t)) return { error: `unknown type "${t}"; use one of: ${ID_TYPES.join(', ')}` };
        args.type = t;
        break;
      }
      case '--today': {
        const d = takeValue();
        const m = d === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
        const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
        if (!m || !date || date.getMonth() !== Number(m[2]) - 1 || date.getDate() !== Number(m[3])) {
          return { error: '--today needs a real date as YYYY-MM-DD' };
        }
        args.today = date;
        break;
      }
      default:
        // Anything starting with "-" is taken for a flag (no identifier starts with one); put values after "--".
        if (arg.startsWith('-')) return { error: `unknown option "${arg}"` };
        args.values.push(arg);
    }
  }
  return args;
}

/** Without --type: the likelier reading of the value (core/ids/reading.ts). */
function autoCheck(value: string, today: Date | undefined): Reading {
  return likelyReading(value, today ? { today } : {});
}

function toJsonLine(reading: Reading): string {
  const r = reading.result;
  const message = withAlternative(reading);
  const other = reading.alternative;
  return JSON.stringify({
    input: r.input,
    type: r.type,
    valid: r.valid,
    severity: r.severity,
    codes: r.codes,
    ...(r.normalized !== undefined ? { normalized: r.normalized } : {}),
    message: message['zh-CN'],
    message_en: message.en,
    ...(other
      ? { alternative: { type: other.type, valid: other.valid, severity: other.severity, codes: other.codes } }
      : {}),
  });
}

export function runCheckIdCli(argv: readonly string[], stdin = ''): CliOutput {
  const parsed = parseCheckIdArgs(argv);
  if ('error' in parsed) {
    return usageError('check-id', parsed.error);
  }
  if (parsed.help) return { stdout: USAGE, stderr: '', code: 0 };
  if (parsed.values.length === 0 && !parsed.stdin) {
    return usageError('check-id', 'give one or more values, or --stdin');
  }
  const values = parsed.stdin ? [...parsed.values, ...stdinValues(stdin)] : parsed.values;
  const type = parsed.type;
  const lines = values.map((v) =>
    toJsonLine(
      type ? { result: checkId(v, type, parsed.today ? { today: parsed.today } : {}) } : autoCheck(v, parsed.today),
    ),
  );
  return { stdout: lines.map((l) => `${l}\n`).join(''), stderr: '', code: 0 };
}

// Run only when executed directly (tsx src/cli/check-id.ts), not when imported by tests.
await runAsMain(
  import.meta.url,
  (argv) => {
    const parsed = parseCheckIdArgs(argv);
    return !('error' in parsed) && parsed.stdin && !parsed.help;
  },
  runCheckIdCli,
);
