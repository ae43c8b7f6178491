import { type FormEvent, useId, useState } from 'react';
import { callDemoApi, DemoRequestError, type SellerAccount } from '../demo-api.js';
import { type BusinessType, businessTypes, type CountryCode, supportedCountries } from '../marketplace.js';
import { navigate } from '../navigation.js';

export interface StartPageProps {
  onSignedIn: (account: SellerAccount) => void;
}

/** Sign-up: where the seller sells from and as what; the backend creates their connected account. */
export function StartPage({ onSignedIn }: StartPageProps) {
  const [country, setCountry] = useState<CountryCode>('US');
  const [businessType, setBusinessType] = useState<BusinessType>('individual');
  const [email, setEmail] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const countryId = useId();
  const emailId = useId();
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    setError(null);
    try {
      const trimmed = email.trim();
      const { account } = await callDemoApi<{ account: SellerAccount }>('/sellers', {
        json: { country, business_type: businessType, ...(trimmed === '' ? {} : { email: trimmed }) },
      });
      onSignedIn(account);
      navigate('/onboarding');
    } catch (caught) {
      setError(caught instanceof DemoRequestError ? caught.message : 'Something went wrong. Try again.');
      setSubmitting(false);
    }
  }

  return (
    <section className="narrow">
      <h1>Open your shop</h1>
      <p>We create your seller account with our payments partner; you finish setting up payouts next.</p>
      <form onSubmit={submit} className="form" aria-describedby={error ? errorId : undefined} noValidate>
        <div className="form-row">
          <label htmlFor={countryId}>Country</label>
          <select
            id={countryId}
            value={country}
            onChange={(event) => setCountry(event.target.value as CountryCode)}
          >
            {supportedCountries.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="form-row">
          <legend>Business type</legend>
          {businessTypes.map((option) => (
            <label key={option.value} className="radio">
              <input
                type="radio"
                name="business_type"
                value={option.value}
                checked={businessType === option.value}
                onChange={() => setBusinessType(option.value)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
        <div className="form-row">
          <label htmlFor={emailId}>Email</label>
          <input
            id={emailId}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        {error ? (
          <p id={errorId} role="alert" className="notice notice-error">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button button-primary" disabled={submitting}>
          Continue
        </button>
      </form>
    </section>
  );
}
