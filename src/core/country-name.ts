let displayNames: Intl.DisplayNames | null = null;

/**
 * English name of any ISO2 region code from the runtime's ICU data
 * (Node ships full ICU), or null when it has none ("CG" → "Congo -
 * Brazzaville", "DE" → "Germany").
 */
export function intlCountryName(code: string): string | null {
  try {
    displayNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    return displayNames.of(code) ?? null;
  } catch {
    return null;
  }
}
