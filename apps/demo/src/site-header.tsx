import { useId } from 'react';
import { Link } from './navigation.js';
import { type Language, languages, type Preferences, type Theme, themes } from './preferences.js';

export interface SiteHeaderProps {
  preferences: Preferences;
  onPreferencesChange: (preferences: Preferences) => void;
  /** Given when a seller is signed in: the header then offers to sign out. */
  onSignOut?: () => void;
}

export function SiteHeader({ preferences, onPreferencesChange, onSignOut }: SiteHeaderProps) {
  const themeId = useId();
  const languageId = useId();
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        <span aria-hidden="true" className="brand-mark">
          ≈
        </span>
        Tidewater Market
      </Link>
      <nav aria-label="Main">
        <Link to="/dashboard">Dashboard</Link>
        <Link to="/admin">Admin</Link>
      </nav>
      {onSignOut ? (
        <button type="button" className="button small" onClick={onSignOut}>
          Sign out
        </button>
      ) : null}
      <div className="preferences">
        <label htmlFor={themeId}>Theme</label>
        <select
          id={themeId}
          value={preferences.theme}
          onChange={(event) => onPreferencesChange({ ...preferences, theme: event.target.value as Theme })}
        >
          {themes.map((theme) => (
            <option key={theme.value} value={theme.value}>
              {theme.label}
            </option>
          ))}
        </select>
        <label htmlFor={languageId}>Language</label>
        <select
          id={languageId}
          value={preferences.language}
          onChange={(event) =>
            onPreferencesChange({ ...preferences, language: event.target.value as Language })
          }
        >
          {languages.map((language) => (
            <option key={language.value} value={language.value} lang={language.value}>
              {language.label}
            </option>
          ))}
        </select>
      </div>
    </header>
  );
}
