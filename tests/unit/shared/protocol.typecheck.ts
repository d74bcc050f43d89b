// Checked by `npm run typecheck` (tsc), never run: each @ts-expect-error line must stay a type error, so a protocol
// helper that stopped typing answers would make tsc fail on the unused directive.
import type { HandlerMap } from '../../../src/shared/protocol';
import { ask, askTab, isRefusal } from '../../../src/shared/protocol';
import { send } from '../../../src/content/messaging';

type Sender = { id: string };

// @ts-expect-error 'page-hello' must answer { watch: boolean }, not a string
export const wrongShape: HandlerMap<Sender>['page-hello'] = async () => ({ watch: 'yes' });

// @ts-expect-error 'hint-feedback' answers { ok: true }; { ok: false } is not its answer
export const wrongLiteral: HandlerMap<Sender>['hint-feedback'] = async () => ({ ok: false });

// @ts-expect-error a handler map must answer every message type
export const missing: HandlerMap<Sender> = { 'page-hello': async () => ({ watch: true }) };

export async function answersAreTyped(): Promise<void> {
  const hello = await ask(async () => null, { type: 'page-hello' });
  if (hello && !isRefusal(hello)) {
    const watch: boolean = hello.watch;
    // @ts-expect-error the answer to page-hello has no hint
    void hello.hint;
    void watch;
  }
  // a refusal has none of the answer's fields: reading one without isRefusal() is allowed and gives undefined
  const messages = await send({ type: 'page-messages', messages: [{ text: '密码错误', surface: 'toast' }] });
  const hint: { title: string } | null | undefined = messages?.hint;
  void hint;
  const filled = await askTab(async () => null, { type: 'fill-field', field: 'credit-code', value: 'x' });
  // @ts-expect-error fill-field answers { ok } with a reason, never a probe's state
  void filled?.state;
  // @ts-expect-error no such message type
  await ask(async () => null, { type: 'eval' });
  // @ts-expect-error get-tab-state needs its tab
  await ask(async () => null, { type: 'get-tab-state' });
}
