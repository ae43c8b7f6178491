import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** The session server's bootstrap key that `pnpm demo` starts it with: test mode, local use only. */
export const localDemoSecretKey = 'sk_test_OnboardKitLocalDemoPlatform0001';

const portSchema = z.coerce
  .number({ error: 'must be a whole number from 1 to 65535' })
  .int({ error: 'must be a whole number from 1 to 65535' })
  .min(1, { error: 'must be a whole number from 1 to 65535' })
  .max(65535, { error: 'must be a whole number from 1 to 65535' });

const environmentSchema = z.object({
  DEMO_PORT: portSchema.default(5173),
  DEMO_HOST: z.string().min(1).default('127.0.0.1'),
  ONBOARDKIT_PORT: portSchema.default(4242),
  /** Overrides the session server URL built from ONBOARDKIT_PORT (e.g. a server elsewhere). */
  ONBOARDKIT_URL: z.url({ error: 'must be an absolute URL' }).optional(),
  DEMO_PLATFORM_SECRET_KEY: z
    .string()
    .regex(/^sk_(test|live)_[A-Za-z0-9]+$/, { error: 'must be a platform secret key (sk_test_…)' })
    .default(localDemoSecretKey),
  DEMO_COOKIE_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  /** `0` turns off Vite's file watcher and hot reload: a test run must not reload when someone saves a file. */
  DEMO_WATCH: z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('1'),
  NODE_ENV: z.string().optional(),
});

export interface DemoConfig {
  port: number;
  host: string;
  sessionServerUrl: string;
  secretKey: string;
  cookieSecret: string;
  production: boolean;
  /** Reload the site when a source file changes (development only). */
  watch: boolean;
}

/**
 * The backend's settings from its environment, checked at boot. A bad value
 * stops the process with the variable's name and what it must be, never its
 * value (it may be a key).
 */
export function loadDemoConfig(environment: Record<string, string | undefined>): DemoConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new Error(`The demo backend's environment is invalid: ${problems.join('; ')}.`);
  }
  const env = parsed.data;
  return {
    port: env.DEMO_PORT,
    host: env.DEMO_HOST,
    sessionServerUrl: (env.ONBOARDKIT_URL ?? `http://127.0.0.1:${env.ONBOARDKIT_PORT}`).replace(/\/$/, ''),
    secretKey: env.DEMO_PLATFORM_SECRET_KEY,
    // Per process by default: a restart signs sellers out, which a demo can afford.
    cookieSecret: env.DEMO_COOKIE_SECRET ?? randomBytes(32).toString('base64url'),
    production: env.NODE_ENV === 'production',
    watch: env.DEMO_WATCH === '1',
  };
}
