/**
 * A Euro amount as people type it ("1.234,5", "120", "75,50 €") → the API's two-place decimal ("1234.50");
 * null when it is no amount above 0 with at most two decimal places.
 */
export function betragAusText(text: string): string | null {
  const t = text.replace(/€/g, '').replace(/\s/g, '');
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+(,\d{1,2})?$/.test(t)) return null;
  const [ganz, nach = ''] = t.replace(/\./g, '').split(',');
  const wert = `${Number(ganz)}.${nach.padEnd(2, '0')}`;
  return Number(wert) > 0 ? wert : null;
}

/** The API's "1234.50" → "1.234,50" for an input field. */
export function betragAlsText(betrag: string): string {
  const [ganz, nach = '00'] = betrag.split('.');
  return `${ganz.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${nach}`;
}
