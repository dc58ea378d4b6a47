// Compares what Caravan found on a demo page with the figures its expected.json lists.

export interface ExpectedFigure {
  text: string;
  value: number;
  unit: string;
  /** May be highlighted or not, as in the shared gold labels: small number words that name rather than measure. */
  optional?: boolean;
}

export interface FoundFigure {
  text: string;
  value: number;
  unit: string;
}

const sameSpan = (a: string, b: string): boolean => a.includes(b) || b.includes(a);
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 0.01 * Math.abs(b) + 1e-9;

/**
 * The differences between found and expected figures: an expected figure found with no matching text, value
 * (within 1%) and unit, and a found figure that matches no expected text. Empty when they agree.
 */
export function compareFigures(found: readonly FoundFigure[], expected: readonly ExpectedFigure[]): string[] {
  const problems: string[] = [];
  for (const want of expected) {
    if (want.optional) continue;
    const candidates = found.filter((figure) => sameSpan(figure.text, want.text));
    if (candidates.length === 0) problems.push(`missing "${want.text}"`);
    else if (!candidates.some((figure) => close(figure.value, want.value) && figure.unit === want.unit)) {
      const seen = candidates.map((figure) => `${figure.value} ${figure.unit}`).join(', ');
      problems.push(`"${want.text}" read as ${seen}, expected ${want.value} ${want.unit}`);
    }
  }
  for (const figure of found) {
    if (!expected.some((want) => sameSpan(figure.text, want.text)))
      problems.push(`unexpected "${figure.text}"`);
  }
  return problems;
}
