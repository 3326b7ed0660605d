/** Longest countdown the console offers: a whole working day. */
export const MAX_TIMER_MINUTES = 600;

/**
 * Minutes typed into the timer field ("10", "2,5" — a Swedish keyboard types a decimal comma), or
 * null unless it is a number above 0 and at most MAX_TIMER_MINUTES.
 */
export function parseMinutes(input: string): number | null {
  const trimmed = input.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value > 0 && value <= MAX_TIMER_MINUTES ? value : null;
}
