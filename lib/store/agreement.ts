// When two reports of one fact agree: equal up to the rounding of the less precise one ("$95 billion" agrees
// with "$94.8 billion"), or consistent bounds ("more than 100 billion" agrees with 106.3 billion).

/** A reported figure: its value, its text as printed, and how it was qualified. */
export interface Reported {
  value: number;
  text: string;
  approx: string;
}

/** Half the place value of the last digit a figure's text prints, in the figure's own units. */
export function roundingOf(figure: Reported): number {
  const match = /\d[\d\s\u00a0\u202f,.]*/.exec(figure.text);
  if (!match) return Math.abs(figure.value) * 0.005;
  const printed = match[0].replace(/[\s\u00a0\u202f]/g, '').replace(/[.,]$/, '');
  const decimals = /[.,](\d{1,2})$/.exec(printed)?.[1] ?? '';
  const digits = printed.replace(/[^\d]/g, '');
  const number = decimals ? Number(`${digits.slice(0, -decimals.length)}.${decimals}`) : Number(digits);
  if (!number) return Math.abs(figure.value) * 0.005;
  const scale = figure.value / number;
  // Trailing zeros of a long number are rounding ("16,400"); in a short one ("100 billion") they are digits.
  const trailingZeros = digits.length >= 4 ? (/0*$/.exec(digits)?.[0].length ?? 0) : 0;
  const lastPlace = decimals ? 10 ** -decimals.length : 10 ** trailingZeros;
  return Math.abs(scale * lastPlace) / 2;
}

/** Whether two reports of the same fact agree within rounding or within the bounds they state. */
export function agrees(a: Reported, b: Reported): boolean {
  const tolerance = Math.max(
    roundingOf(a),
    roundingOf(b),
    Math.max(Math.abs(a.value), Math.abs(b.value)) * 1e-9,
  );
  if (Math.abs(a.value - b.value) <= tolerance) return true;
  const within = (bound: Reported, other: Reported) =>
    (bound.approx === 'over' && other.value >= bound.value) ||
    (bound.approx === 'under' && other.value <= bound.value);
  return within(a, b) || within(b, a);
}
