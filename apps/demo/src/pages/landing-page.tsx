import { Link } from '../navigation.js';

export function LandingPage() {
  return (
    <section className="hero">
      <h1>Sell on Tidewater Market</h1>
      <p className="lead">
        Handmade goods from coastal makers, shipped worldwide. Open a shop in minutes: tell us where you sell
        from, set up payouts, and list your first product.
      </p>
      <Link to="/start" className="button button-primary">
        Start selling
      </Link>
      <ul className="features">
        <li>
          <strong>Get paid in 16 countries.</strong> Payouts to your own bank account in your currency.
        </li>
        <li>
          <strong>Onboarding without leaving Tidewater.</strong> Identity and bank details are collected by
          OnboardKit's embedded components, served by the platform's own session server.
        </li>
        <li>
          <strong>Test mode.</strong> Everything here is simulated: use the test values shown during
          onboarding.
        </li>
      </ul>
    </section>
  );
}
