import { message } from '../shared/language-text';

/** A UI string from _locales (zh_CN default, en second) in the chosen language, else the browser's (src/shared/language.ts). */
export function t(name: string, ...substitutions: string[]): string {
  return message(name, substitutions);
}
