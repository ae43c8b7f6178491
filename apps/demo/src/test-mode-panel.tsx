import { useId } from 'react';
import type { BusinessType, CountryCode } from './marketplace.js';
import { countryName } from './marketplace.js';
import { type TestOutcome, testModeValuesFor } from './test-mode-values.js';

const outcomeLabels: Record<TestOutcome, string> = { verifies: 'Verifies', fails: 'Fails', review: 'Review' };

export interface TestModePanelProps {
  country: CountryCode;
  businessType: BusinessType | null;
}

/** The test values that verify or fail for this seller's country, beside the onboarding form. */
export function TestModePanel({ country, businessType }: TestModePanelProps) {
  const headingId = useId();
  const groups = testModeValuesFor(country, businessType);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls on its own, so keyboard users must reach it (axe scrollable-region-focusable, WCAG 2.1.1).
    <section className="test-mode" aria-labelledby={headingId} tabIndex={0}>
      <h2 id={headingId}>Test mode values</h2>
      <p className="muted">
        For {countryName(country)}. Verifications settle after a few seconds, or at once with “Settle
        verifications” on the admin page.
      </p>
      {groups.map((group) => (
        <section key={group.title} className="test-group">
          <h3>{group.title}</h3>
          <ul>
            {group.values.map((value) => (
              <li key={`${value.field}:${value.value}`}>
                <span className="test-field">{value.field}</span>{' '}
                {value.description ? <em>{value.value}</em> : <code>{value.value}</code>}{' '}
                <span className={`outcome outcome-${value.outcome}`}>{outcomeLabels[value.outcome]}:</span>{' '}
                <span className="muted">{value.effect}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
