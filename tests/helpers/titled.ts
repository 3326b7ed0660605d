/**
 * Table-driven tests whose names read as plain sentences: `it.each(titled(cases, c => '…'))('%s', …)`.
 * (`$field` interpolation quotes strings, which turns sentences into code.)
 */
export function titled<T>(cases: readonly T[], title: (c: T) => string): [string, T][] {
  return cases.map((c) => [title(c), c]);
}
