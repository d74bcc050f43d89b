/** The linear-pattern check shared by the rule and concept lint tests. */
/** Why a regex source could backtrack badly: an unbounded quantifier, or a quantified group that holds one. */
export function unsafe(source: string): string | undefined {
  const groups: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '*' || c === '+') return `unbounded "${c}" at ${i}`;
    else if (c === '(') groups.push(false);
    else if (c === ')') {
      const quantifiedInside = groups.pop() ?? false;
      const next = source[i + 1];
      const repeats = next === '{' && !/^\{0?,?1\}/.test(source.slice(i + 1));
      if (quantifiedInside && repeats) return `nested quantifier at ${i}`;
      if (quantifiedInside || next === '{' || next === '?')
        groups[groups.length - 1] ||= next === '{' || quantifiedInside;
    } else if (c === '{' && /^\{\d/.test(source.slice(i))) {
      if (groups.length) groups[groups.length - 1] = true;
    }
  }
  return undefined;
}
