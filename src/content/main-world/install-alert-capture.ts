import { NATIVE_DIALOG_EVENT, NATIVE_DIALOG_MAX_TEXT } from './event';

type DialogName = 'alert' | 'confirm';

/**
 * Wraps window.alert and window.confirm so their message text reaches our isolated content script. The page keeps
 * the original behaviour: same arguments, same `this`, same return value (confirm's answer), same exceptions; the
 * wrapper keeps the original's `name` and `length` and reports the original's source text. Only the message text
 * leaves, as a plain string, bounded.
 */
export function installAlertCapture(win: Window & typeof globalThis): void {
  // Our own references, taken at document_start before any page script runs: a page that later replaces
  // String, Reflect or dispatchEvent neither breaks nor steers the capture.
  const apply = Reflect.apply;
  const defineProperty = Object.defineProperty;
  const CustomEventCtor = win.CustomEvent;
  const dispatch = win.dispatchEvent.bind(win);
  const functionToString = win.Function.prototype.toString;
  const slice = String.prototype.slice;

  /** The message as the native dialog will show it; the string replaces the argument so page code runs once. */
  const forward = (args: unknown[]): void => {
    if (args.length === 0 || args[0] === undefined) return; // alert() and alert(undefined) show an empty dialog
    let full: string;
    try {
      full = `${args[0] as string}`; // ToString, like the dialog's own conversion (throws for a Symbol, as it does)
    } catch {
      return; // the native call below throws for the page exactly as before
    }
    args[0] = full;
    const text = apply(slice, full, [0, NATIVE_DIALOG_MAX_TEXT]) as string;
    if (!text) return;
    try {
      dispatch(new CustomEventCtor(NATIVE_DIALOG_EVENT, { detail: text }));
    } catch {
      // never let our forwarding break the page's dialog
    }
  };

  for (const name of ['alert', 'confirm'] as const satisfies readonly DialogName[]) {
    const original: unknown = win[name];
    if (typeof original !== 'function') continue;
    const descriptor = Object.getOwnPropertyDescriptor(win, name);
    if (descriptor && !descriptor.configurable && !descriptor.writable) continue;
    // a method definition: named like the original, not constructible, no prototype — like a native function
    const holder = {
      [name](this: unknown, ...args: unknown[]): unknown {
        forward(args);
        return apply(original as (...a: unknown[]) => unknown, this, args);
      },
    };
    const wrapper = holder[name];
    if (!wrapper) continue;
    defineProperty(wrapper, 'name', { value: (original as { name: string }).name, configurable: true });
    defineProperty(wrapper, 'length', { value: (original as { length: number }).length, configurable: true });
    defineProperty(wrapper, 'toString', {
      // biome-ignore lint/suspicious/noShadowRestrictedNames: named like the native method so the wrapper reads as native
      value: function toString() {
        return apply(functionToString, original, []) as string;
      },
      configurable: true,
      writable: true,
    });
    if (!descriptor) win[name] = wrapper as never;
    else if ('value' in descriptor) defineProperty(win, name, { ...descriptor, value: wrapper });
    // an accessor (some engines and DOM emulations): becomes a plain data property with the same enumerability
    else
      defineProperty(win, name, {
        value: wrapper,
        writable: true,
        enumerable: descriptor.enumerable ?? false,
        configurable: true,
      });
  }
}
