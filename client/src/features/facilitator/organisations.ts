/**
 * Organisations typed into one field: one per line or separated by commas (people paste both from
 * participant lists). Trimmed, inner whitespace collapsed, empty and repeated names dropped.
 */
export function parseOrganisations(input: string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const part of input.split(/[,;\n]/)) {
    const name = part.trim().replace(/\s+/g, ' ');
    const key = name.toLocaleLowerCase('sv');
    if (!name || seen.has(key)) continue;
    seen.add(key);
    result.push(name);
  }
  return result;
}
