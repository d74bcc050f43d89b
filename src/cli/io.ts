/**
 * What every CLI here shares: the result shape tests assert on, stdin split into lines, and the wiring that runs
 * a CLI only when its file is executed (not when a test imports it).
 */
import { pathToFileURL } from 'node:url';

export interface CliOutput {
  stdout: string;
  stderr: string;
  code: number;
}

/**
 * Split stdin into values: one per line, CRLF tolerated, the newline that ends the last line is not a value. A UTF-8
 * byte-order mark (Windows Notepad writes one) is no part of the first value.
 */
export function stdinValues(input: string): string[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text === '') return [];
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

export function usageError(cli: string, message: string): CliOutput {
  return { stdout: '', stderr: `${cli}: ${message}\nRun with --help for usage.\n`, code: 2 };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Runs `cli` with the process's arguments when `moduleUrl` is the file node was started with.
 * `wantsStdin` says from the arguments whether standard input must be read first.
 */
export async function runAsMain(
  moduleUrl: string,
  wantsStdin: (argv: string[]) => boolean,
  cli: (argv: string[], stdin: string) => CliOutput | Promise<CliOutput>,
): Promise<void> {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  const argv = process.argv.slice(2);
  const stdin = wantsStdin(argv) ? await readStdin() : '';
  const out = await cli(argv, stdin);
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  process.exitCode = out.code;
}
