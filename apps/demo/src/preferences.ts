import type { Appearance } from '@onboardkit/components';

export const themes = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;

export type Theme = (typeof themes)[number]['value'];

/** The languages the components ship, each named in itself. */
export const languages = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
  { value: 'de', label: 'Deutsch' },
  { value: 'es', label: 'Español' },
  { value: 'ja', label: '日本語' },
  { value: 'ar', label: 'العربية' },
] as const;

export type Language = (typeof languages)[number]['value'];

export interface Preferences {
  theme: Theme;
  language: Language;
}

const storageKey = 'tidewater.preferences';

const isTheme = (value: unknown): value is Theme => themes.some((theme) => theme.value === value);
const isLanguage = (value: unknown): value is Language =>
  languages.some((language) => language.value === value);

/** The saved theme and language; the system's colour scheme and English the first time. */
export function loadPreferences(): Preferences {
  const fallback: Preferences = {
    theme: window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    language: 'en',
  };
  try {
    const saved: unknown = JSON.parse(window.localStorage.getItem(storageKey) ?? 'null');
    if (typeof saved !== 'object' || saved === null) return fallback;
    const { theme, language } = saved as Record<string, unknown>;
    return {
      theme: isTheme(theme) ? theme : fallback.theme,
      language: isLanguage(language) ? language : fallback.language,
    };
  } catch {
    return fallback;
  }
}

export function savePreferences(preferences: Preferences): void {
  try {
    window.localStorage.setItem(storageKey, JSON.stringify(preferences));
  } catch {
    // Storage can be full or off (private windows); the choice then lasts this visit.
  }
}

/** Tidewater's look for the components: its teal and type over the chosen base theme. */
export function appearanceFor(theme: Theme): Appearance {
  const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  return theme === 'dark'
    ? { theme: 'dark', variables: { fontFamily, borderRadius: '8px' } }
    : { theme: 'light', variables: { colorPrimary: '#0b6e79', fontFamily, borderRadius: '8px' } };
}
