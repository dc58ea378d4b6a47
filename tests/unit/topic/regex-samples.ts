import fc from 'fast-check';

/**
 * Removes look-arounds from a regular-expression source, so fast-check can generate strings from it. The
 * result matches a superset of the original; callers filter with the real matcher.
 */
export function stripLookarounds(source: string): string {
  let out = '';
  let index = 0;
  while (index < source.length) {
    const rest = source.slice(index);
    if (/^\(\?<?[=!]/.test(rest)) {
      index = skipGroup(source, index);
      continue;
    }
    const char = source.charAt(index);
    if (char === '\\') {
      out += source.slice(index, index + 2);
      index += 2;
    } else if (char === '[') {
      const end = findClassEnd(source, index);
      out += source.slice(index, end);
      index = end;
    } else {
      out += char;
      index += 1;
    }
  }
  return out;
}

function findClassEnd(source: string, open: number): number {
  let index = open + 1;
  while (index < source.length && source.charAt(index) !== ']')
    index += source.charAt(index) === '\\' ? 2 : 1;
  return index + 1;
}

function skipGroup(source: string, open: number): number {
  let depth = 0;
  let index = open;
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === '\\') {
      index += 2;
      continue;
    }
    if (char === '[') {
      index = findClassEnd(source, index);
      continue;
    }
    if (char === '(') depth += 1;
    if (char === ')') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
    index += 1;
  }
  return index;
}

/** Strings that a form (without its look-arounds) matches, in random letter case and a random context. */
export function sampleForm(source: string): fc.Arbitrary<string> {
  const core = fc.stringMatching(new RegExp(`^(?:${stripLookarounds(source)})$`), { maxLength: 60 });
  const context = fc.constantFrom('', ' ', '-', 'a', 'A', 'я', 'Я', '中', '其', '，', '5', 'x ');
  const flips = fc.array(fc.boolean(), { maxLength: 60 });
  return fc.tuple(context, core, flips, context).map(([before, text, flip, after]) => {
    const cased = [...text].map((char, index) => (flip[index] ? swapCase(char) : char)).join('');
    return `${before}${cased}${after}`;
  });
}

function swapCase(char: string): string {
  const upper = char.toUpperCase();
  return upper === char ? char.toLowerCase() : upper;
}
