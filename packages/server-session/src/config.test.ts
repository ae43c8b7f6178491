import { describe, expect, it } from 'vitest';
import { ConfigError, type ConfigSources, loadServerConfig, loadStoreConfig } from './config.js';

const cwd = '/srv/platform';
const validKey = `sk_test_${'a1B2c3D4e5'.repeat(3)}`;

function configFrom(sources: Partial<ConfigSources>) {
  return loadServerConfig({ env: {}, cwd, ...sources });
}

function problemsFrom(sources: Partial<ConfigSources>): readonly string[] {
  try {
    configFrom(sources);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('Expected the configuration to be refused.');
}

describe('given no flags and no environment', () => {
  it('listens on 127.0.0.1:4242 with the embedded store under .onboardkit in the working directory', () => {
    expect(configFrom({})).toEqual({
      port: 4242,
      host: '127.0.0.1',
      logLevel: 'info',
      store: { engine: 'pglite', dataDir: '/srv/platform/.onboardkit' },
      bootstrapPlatform: null,
      encryptionKeys: null,
      sessionLifetimeSeconds: 1800,
      rateLimits: { platform: { ratePerSecond: 100, burst: 100 }, session: { ratePerSecond: 20, burst: 40 } },
      trustProxy: false,
    });
  });
});

describe('given flags and environment that both set a value', () => {
  it('lets the flag win', () => {
    const config = configFrom({
      env: { ONBOARDKIT_PORT: '5000', ONBOARDKIT_HOST: '0.0.0.0', ONBOARDKIT_DATA_DIR: '/var/env-dir' },
      flags: { port: '6000', host: '::1', dataDir: 'relative/dir' },
    });
    expect(config).toMatchObject({
      port: 6000,
      host: '::1',
      store: { engine: 'pglite', dataDir: '/srv/platform/relative/dir' },
    });
  });

  it('reads PORT when ONBOARDKIT_PORT is unset, as hosting platforms set it', () => {
    expect(configFrom({ env: { PORT: '8080' } }).port).toBe(8080);
  });

  it('treats an empty variable as unset', () => {
    expect(configFrom({ env: { ONBOARDKIT_PORT: '', DATABASE_URL: ' ' } })).toMatchObject({
      port: 4242,
      store: { engine: 'pglite' },
    });
  });
});

describe('given --memory', () => {
  it('opens the embedded store in memory', () => {
    expect(configFrom({ flags: { memory: true } }).store).toEqual({ engine: 'pglite', dataDir: null });
  });

  it('refuses --data-dir beside it', () => {
    expect(problemsFrom({ flags: { memory: true, dataDir: 'x' } })).toEqual([
      '--memory and --data-dir cannot be combined: choose one.',
    ]);
  });
});

const encryptionKey = Buffer.alloc(32, 7).toString('base64');

describe('given DATABASE_URL', () => {
  it('opens the PostgreSQL store', () => {
    const url = 'postgres://app:pw@db.internal:5432/onboardkit';
    expect(
      configFrom({ env: { DATABASE_URL: url, ONBOARDKIT_ENCRYPTION_KEY: encryptionKey } }).store,
    ).toEqual({ engine: 'postgres', url, preparedStatements: true });
  });

  it('runs statements unprepared with ONBOARDKIT_DATABASE_PREPARED_STATEMENTS=off, and refuses other values', () => {
    const env = { DATABASE_URL: 'postgres://db/x', ONBOARDKIT_ENCRYPTION_KEY: encryptionKey };
    expect(
      configFrom({ env: { ...env, ONBOARDKIT_DATABASE_PREPARED_STATEMENTS: 'off' } }).store,
    ).toMatchObject({
      preparedStatements: false,
    });
    expect(problemsFrom({ env: { ...env, ONBOARDKIT_DATABASE_PREPARED_STATEMENTS: 'no' } })).toEqual([
      'ONBOARDKIT_DATABASE_PREPARED_STATEMENTS must be on or off, got "no".',
    ]);
  });

  it('requires ONBOARDKIT_ENCRYPTION_KEY, since every process must read the sealed values', () => {
    const problems = problemsFrom({ env: { DATABASE_URL: 'postgres://db/x' } });
    expect(problems).toEqual([
      expect.stringContaining('ONBOARDKIT_ENCRYPTION_KEY must be set with DATABASE_URL'),
    ]);
  });

  it('says it must be a postgres:// URL, without printing the password', () => {
    const problems = problemsFrom({
      env: { DATABASE_URL: 'mysql://app:hunter2@db/onboardkit', ONBOARDKIT_ENCRYPTION_KEY: encryptionKey },
    });
    expect(problems).toEqual([
      'DATABASE_URL must be a postgres:// URL such as postgres://user:password@localhost:5432/onboardkit, ' +
        'got "mysql://app:***@db/onboardkit".',
    ]);
  });

  it('refuses an embedded-store flag beside it, naming both', () => {
    const problems = problemsFrom({
      env: { DATABASE_URL: 'postgres://db/x', ONBOARDKIT_ENCRYPTION_KEY: encryptionKey },
      flags: { dataDir: 'data' },
    });
    expect(problems[0]).toContain(
      'DATABASE_URL selects the PostgreSQL store, but --data-dir selects the embedded one',
    );
  });
});

describe('given values that are not usable', () => {
  it('names the flag or variable, quotes the value and says what is expected', () => {
    expect(problemsFrom({ flags: { port: 'eighty' } })).toEqual([
      '--port must be a whole number from 0 to 65535, got "eighty".',
    ]);
    expect(problemsFrom({ env: { ONBOARDKIT_PORT: '70000' } })).toEqual([
      'ONBOARDKIT_PORT must be a whole number from 0 to 65535, got "70000".',
    ]);
    expect(problemsFrom({ env: { ONBOARDKIT_LOG_LEVEL: 'loud' } })).toEqual([
      'ONBOARDKIT_LOG_LEVEL must be one of debug, info, warn, error, silent, got "loud".',
    ]);
  });

  it('reports every problem at once', () => {
    const problems = problemsFrom({ flags: { port: '-1', host: 'a b' }, env: { ONBOARDKIT_LOG_LEVEL: 'x' } });
    expect(problems).toHaveLength(3);
  });

  it('throws a ConfigError with the stable code invalid_config', () => {
    expect(() => configFrom({ flags: { port: 'x' } })).toThrow(
      expect.objectContaining({ name: 'ConfigError', code: 'invalid_config' }),
    );
  });
});

describe('given a bootstrap secret key', () => {
  it('reads the key, the origins (normalized, deduplicated) and a default name', () => {
    const config = configFrom({
      env: {
        ONBOARDKIT_BOOTSTRAP_SECRET_KEY: validKey,
        ONBOARDKIT_BOOTSTRAP_ORIGINS: 'http://localhost:3000, https://app.example.com/,http://localhost:3000',
      },
    });
    expect(config.bootstrapPlatform).toEqual({
      name: 'Bootstrap platform',
      secretKey: validKey,
      origins: ['http://localhost:3000', 'https://app.example.com'],
    });
  });

  it('requires origins with it', () => {
    expect(problemsFrom({ env: { ONBOARDKIT_BOOTSTRAP_SECRET_KEY: validKey } })[0]).toMatch(
      /^ONBOARDKIT_BOOTSTRAP_ORIGINS must list the origins/,
    );
  });

  it('names an origin with a path and shows the origin to use instead', () => {
    const problems = problemsFrom({
      env: {
        ONBOARDKIT_BOOTSTRAP_SECRET_KEY: validKey,
        ONBOARDKIT_BOOTSTRAP_ORIGINS: 'https://app.example.com/onboarding',
      },
    });
    expect(problems).toEqual([
      'ONBOARDKIT_BOOTSTRAP_ORIGINS has "https://app.example.com/onboarding", which must be an origin ' +
        'without path, query or credentials, such as https://app.example.com.',
    ]);
  });

  it('refuses a malformed key without printing it', () => {
    const badKey = 'sk_test_tooShortButSecret';
    const problems = problemsFrom({
      env: { ONBOARDKIT_BOOTSTRAP_SECRET_KEY: badKey, ONBOARDKIT_BOOTSTRAP_ORIGINS: 'http://localhost:3000' },
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^ONBOARDKIT_BOOTSTRAP_SECRET_KEY must be sk_test_/);
    expect(problems[0]).not.toContain('tooShortButSecret');
    expect(problems[0]).not.toContain('cret');
  });
});

describe('given bootstrap origins without a key', () => {
  it('says they only apply with the key', () => {
    expect(problemsFrom({ env: { ONBOARDKIT_BOOTSTRAP_ORIGINS: 'http://localhost:3000' } })[0]).toContain(
      'only apply with ONBOARDKIT_BOOTSTRAP_SECRET_KEY',
    );
  });
});

describe('loadStoreConfig', () => {
  it('reads only the store settings, ignoring a bad port it does not need', () => {
    expect(loadStoreConfig({ env: { ONBOARDKIT_PORT: 'x' }, flags: { dataDir: '/data' }, cwd })).toEqual({
      engine: 'pglite',
      dataDir: '/data',
    });
  });
});

describe('given the security settings', () => {
  it('reads the encryption keys, session lifetime, rate limits and proxy trust', () => {
    const previous = Buffer.alloc(32, 9).toString('base64');
    expect(
      configFrom({
        env: {
          ONBOARDKIT_ENCRYPTION_KEY: encryptionKey,
          ONBOARDKIT_PREVIOUS_ENCRYPTION_KEYS: ` ${previous} ,`,
          ONBOARDKIT_SESSION_TTL_SECONDS: '600',
          ONBOARDKIT_PLATFORM_RATE_LIMIT: '0',
          ONBOARDKIT_SESSION_RATE_LIMIT: '5/10',
          ONBOARDKIT_TRUST_PROXY: 'true',
        },
      }),
    ).toMatchObject({
      encryptionKeys: { current: encryptionKey, previous: [previous] },
      sessionLifetimeSeconds: 600,
      rateLimits: { platform: null, session: { ratePerSecond: 5, burst: 10 } },
      trustProxy: true,
    });
  });

  it('names each unusable setting, never quoting a key', () => {
    const badKey = 'c2hvcnQ=';
    const problems = problemsFrom({
      env: {
        ONBOARDKIT_ENCRYPTION_KEY: badKey,
        ONBOARDKIT_SESSION_TTL_SECONDS: '10',
        ONBOARDKIT_SESSION_RATE_LIMIT: 'fast',
        ONBOARDKIT_TRUST_PROXY: 'maybe',
      },
    });
    expect(problems).toEqual([
      expect.stringMatching(/^ONBOARDKIT_ENCRYPTION_KEY must be 32 random bytes in base64/),
      'ONBOARDKIT_SESSION_TTL_SECONDS must be a whole number of seconds from 60 to 86400, got "10".',
      expect.stringMatching(/^ONBOARDKIT_SESSION_RATE_LIMIT must be RATE or RATE\/BURST/),
      'ONBOARDKIT_TRUST_PROXY must be true or false, got "maybe".',
    ]);
    expect(problems.join('\n')).not.toContain(badKey);
  });
});
