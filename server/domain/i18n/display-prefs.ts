/** How a person wants pages drawn: high contrast and larger text, each on or off. */
export interface DisplayPrefs {
  contrast: boolean;
  largeText: boolean;
}

export const DEFAULT_DISPLAY: DisplayPrefs = { contrast: false, largeText: false };

/**
 * The cookie keeps both choices in one short value, `contrast`, `large`, `contrast.large` or
 * `none`; anything else reads as "not set", so the account's choice applies.
 */
export function parseDisplay(value: string | null | undefined): DisplayPrefs | null {
  if (!value) return null;
  const parts = value.split('.');
  if (!parts.every((p) => p === 'contrast' || p === 'large' || p === 'none')) return null;
  return { contrast: parts.includes('contrast'), largeText: parts.includes('large') };
}

export function serializeDisplay(p: DisplayPrefs): string {
  return [p.contrast ? 'contrast' : '', p.largeText ? 'large' : ''].filter(Boolean).join('.') || 'none';
}

/** The classes on <html> that app.css draws the themes from. */
export function displayClasses(p: DisplayPrefs): string {
  return [p.contrast ? 'theme-contrast' : '', p.largeText ? 'text-large' : ''].filter(Boolean).join(' ');
}
