/**
 * The demo instances the suite runs (`node scripts/demo.mjs`, each its own
 * session server and demo backend), on ports away from `pnpm demo`'s 4242 and
 * 5173 so a developer's running demo neither collides nor answers in its place.
 */
export interface DemoInstance {
  name: string;
  sessionServerPort: number;
  demoPort: number;
  /** The account session lifetime the session server is started with; its default when undefined. */
  sessionLifetimeSeconds?: number;
}

/** Every spec runs here unless it needs something else. */
export const primaryDemo: DemoInstance = { name: 'primary', sessionServerPort: 4342, demoPort: 5273 };

/** Sessions expire after the server's shortest allowed lifetime, for the expiry spec. */
export const shortSessionDemo: DemoInstance = {
  name: 'short-session',
  sessionServerPort: 4344,
  demoPort: 5274,
  sessionLifetimeSeconds: 60,
};

/**
 * The platform's secret key in every instance: a test-mode key made for this
 * suite, known here so the secret spec can look for it in what the browser saw.
 */
export const platformSecretKey = 'sk_test_OnboardKitEndToEndPlatform0001';

export function demoUrl(instance: DemoInstance): string {
  // 127.0.0.1, not localhost: the demo backend listens on IPv4 loopback, and localhost may resolve to ::1 first.
  return `http://127.0.0.1:${instance.demoPort}`;
}

export function sessionServerUrl(instance: DemoInstance): string {
  return `http://127.0.0.1:${instance.sessionServerPort}`;
}
