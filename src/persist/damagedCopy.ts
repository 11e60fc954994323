/** The text of a damaged autosave, as the user downloads it to repair or to send in a bug report. */
export function damagedCopyText(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  const text = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).text : undefined;
  // a record whose design text is broken: the design text is what can be repaired
  if (typeof text === 'string') return text;
  try {
    return JSON.stringify(raw, null, 2) ?? String(raw);
  } catch {
    return String(raw);
  }
}
