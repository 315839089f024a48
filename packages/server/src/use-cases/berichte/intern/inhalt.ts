/** Whether a report's content holds no text at all (every section empty), at any depth. */
export function istLeer(wert: unknown): boolean {
  if (wert === null || wert === undefined) return true;
  if (typeof wert === 'string') return wert.trim() === '';
  if (typeof wert === 'number' || typeof wert === 'boolean') return false;
  if (Array.isArray(wert)) return wert.every(istLeer);
  if (typeof wert === 'object') return Object.values(wert).every(istLeer);
  return true;
}
