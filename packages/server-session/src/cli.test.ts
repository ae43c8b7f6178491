import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateEncryptionKey } from './encryption/keyring.js';
import { generateSecretKey } from './platforms/secret-key.js';

// The real bin in a real process: argument parsing, signals and exit codes are
// what this file is about, and none of them can be exercised in-process.
const bin = fileURLToPath(new URL('../bin/onboardkit-server.js', import.meta.url));
const children = new Set<ChildProcess>();
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'onboardkit-cli-'));
});
afterAll(async () => {
  // Only a failed test leaves a child running; the tests run concurrently, so clean up once at the end.
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await rm(workDir, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once stdout or stderr has matched `pattern`, with the match. */
  waitFor(pattern: RegExp, stream?: 'stdout' | 'stderr'): Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

function run(args: string[], env: Record<string, string> = {}): Running {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ONBOARDKIT_CLI_FROM_SOURCE: '1', ...env };
  // The embedded store is what these tests start; a DATABASE_URL from the shell must not switch it.
  delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, [bin, ...args], { cwd: workDir, env: childEnv });
  children.add(child);
  const output = { stdout: '', stderr: '' };
  const waiters: Array<() => void> = [];
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream]?.setEncoding('utf8');
    child[stream]?.on('data', (chunk: string) => {
      output[stream] += chunk;
      for (const waiter of waiters) waiter();
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    stdout: () => output.stdout,
    stderr: () => output.stderr,
    exited,
    waitFor: (pattern, stream = 'stdout') =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = output[stream].match(pattern);
          if (match) resolve(match);
        };
        waiters.push(check);
        check();
        exited.then((code) =>
          reject(
            new Error(`Exited with ${code} before ${pattern} appeared.\n${output.stdout}\n${output.stderr}`),
          ),
        );
      }),
  };
}

async function startServer(args: string[], env?: Record<string, string>) {
  const server = run(['start', '--port', '0', ...args], env);
  const [, url] = await server.waitFor(/listening on (http:\/\/\S+)/);
  return { ...server, url: url ?? '' };
}

// Concurrent: each test waits mostly on its own child process, and the children use the other cores.
describe.concurrent('the onboardkit-server bin', () => {
  it('help lists every environment variable with its description in one column', {
    timeout: 20_000,
  }, async () => {
    const help = run(['help']);
    expect(await help.exited).toBe(0);
    const lines = help.stdout().split('Environment:\n')[1]?.trimEnd().split('\n') ?? [];
    expect(lines.length).toBeGreaterThan(10);
    const columns = lines.map((line) => /^ {2}[A-Z_]+ {2,}/.exec(line)?.[0].length);
    expect(columns.every((column) => column !== undefined && column === columns[0])).toBe(true);
  });

  describe('onboardkit-server start --memory', () => {
    const secretKey = generateSecretKey();

    it('answers /healthz, finishes a request in flight at SIGTERM, refuses new ones, and exits 0', {
      timeout: 60_000,
    }, async () => {
      const server = await startServer(['--memory'], {
        ONBOARDKIT_BOOTSTRAP_SECRET_KEY: secretKey,
        ONBOARDKIT_BOOTSTRAP_ORIGINS: 'http://localhost:3000',
      });
      expect(server.stdout()).toMatch(
        /^OnboardKit session server listening on http:\/\/127\.0\.0\.1:\d+ \(embedded store in memory\)\n$/,
      );

      const health = await fetch(`${server.url}/healthz`);
      expect([health.status, await health.json()]).toEqual([200, { ok: true }]);

      // A POST whose body arrives in two parts: its handler is running, waiting for the rest.
      const body = JSON.stringify({ name: 'Renamed during shutdown' });
      const inFlight = postInTwoParts(`${server.url}/v1/platform`, secretKey, body);
      await inFlight.firstPartSent;
      await new Promise((resolve) => setTimeout(resolve, 200));

      server.child.kill('SIGTERM');
      await server.waitFor(/"event":"server\.stopping"/, 'stderr');
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

      inFlight.sendRest();
      const response = await inFlight.response;
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toMatchObject({
        object: 'platform',
        name: 'Renamed during shutdown',
      });

      expect(await server.exited).toBe(0);
      expect(server.stderr()).toContain('"event":"store.closed"');
      expect(server.stderr()).toContain('"event":"platform.bootstrap_created"');
      expect(server.stdout() + server.stderr()).not.toContain(secretKey);
      expect(server.stderr()).toContain(`sk_test_…${secretKey.slice(-4)}`);
    });
  });

  describe('onboardkit-server platforms create, then start on the same data directory', () => {
    it('prints the id and key once, and the started server authenticates that key', {
      timeout: 60_000,
    }, async () => {
      const dataDir = join(workDir, 'shared-data');
      const create = run([
        'platforms',
        'create',
        '--name',
        'Acme',
        '--origin',
        'https://acme.example/',
        '--data-dir',
        dataDir,
      ]);
      expect(await create.exited).toBe(0);
      const [, id, secretKey] =
        create.stdout().match(/Created platform (plat_\w+) \(Acme\).*\nSecret key: (sk_test_\w+)\n/) ?? [];
      expect(id).toBeDefined();

      const server = await startServer(['--data-dir', dataDir]);
      const response = await fetch(`${server.url}/v1/platform`, {
        headers: { Authorization: `Bearer ${secretKey}` },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ id, name: 'Acme', origins: ['https://acme.example'] });

      // The running server holds the directory: a second process must not open it beside it.
      const clash = run([
        'platforms',
        'create',
        '--name',
        'Clash',
        '--origin',
        'https://c.example',
        '--data-dir',
        dataDir,
      ]);
      expect(await clash.exited).toBe(1);
      expect(clash.stderr()).toContain(`is in use by process ${server.child.pid}`);

      server.child.kill('SIGINT');
      expect(await server.exited).toBe(0);
      expect(server.stdout() + server.stderr()).not.toContain(secretKey);
    });
  });

  describe("onboardkit-server keys reseal, after a rotation of the embedded store's generated key", () => {
    it('refuses without the key that sealed a value, then seals everything under the new key', {
      timeout: 90_000,
    }, async () => {
      const dataDir = join(workDir, 'rotation');
      const secretKey = generateSecretKey();
      const server = await startServer(['--data-dir', dataDir], {
        ONBOARDKIT_BOOTSTRAP_SECRET_KEY: secretKey,
        ONBOARDKIT_BOOTSTRAP_ORIGINS: 'https://acme.example',
      });
      const post = async (path: string, body: unknown) => {
        const response = await fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect(response.status).toBe(200);
        return (await response.json()) as { id: string };
      };
      const account = await post('/v1/accounts', {
        country: 'US',
        business_type: 'individual',
        capabilities: { transfers: { requested: true } },
      });
      await post(`/v1/accounts/${account.id}`, { values: { 'individual.id_number': '000000000' } });
      await post('/v1/webhook_endpoints', { url: 'https://acme.example/hooks', enabled_events: ['*'] });
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);

      const generatedKey = (await readFile(join(dataDir, 'encryption.key'), 'utf8')).trim();
      const newKey = generateEncryptionKey();
      const reseal = (previous: string) =>
        run(['keys', 'reseal', '--data-dir', dataDir], {
          ONBOARDKIT_ENCRYPTION_KEY: newKey,
          ONBOARDKIT_PREVIOUS_ENCRYPTION_KEYS: previous,
        });

      const withoutPrevious = run(['keys', 'reseal', '--data-dir', dataDir], {
        ONBOARDKIT_ENCRYPTION_KEY: newKey,
      });
      expect(await withoutPrevious.exited).toBe(2);
      expect(withoutPrevious.stderr()).toContain('keys reseal needs ONBOARDKIT_PREVIOUS_ENCRYPTION_KEYS');

      const wrongPrevious = reseal(generateEncryptionKey());
      expect(await wrongPrevious.exited).toBe(1);
      expect(wrongPrevious.stderr()).toMatch(
        /is sealed with key \S+, which is neither ONBOARDKIT_ENCRYPTION_KEY/,
      );

      const rotated = reseal(generatedKey);
      expect(await rotated.exited).toBe(0);
      expect(rotated.stdout()).toMatch(/^\s+1 sensitive values$/m);
      expect(rotated.stdout()).toMatch(/^\s+1 webhook signing secrets$/m);

      // Nothing needs the generated key any more: with another key as previous, nothing is refused.
      const again = reseal(generateEncryptionKey());
      expect(await again.exited).toBe(0);
      expect(again.stdout()).not.toMatch(/^\s+[1-9]\d* /m);
      const output = [server, withoutPrevious, wrongPrevious, rotated, again]
        .map((process) => process.stdout() + process.stderr())
        .join('');
      for (const secret of [generatedKey, newKey, '000000000']) expect(output).not.toContain(secret);
    });
  });

  describe('given a command line to fix', () => {
    it('exits 2 and says what to fix, for a bad flag value', { timeout: 20_000 }, async () => {
      const result = run(['start', '--port', 'eighty', '--memory']);
      expect(await result.exited).toBe(2);
      expect(result.stderr()).toContain('--port must be a whole number from 0 to 65535, got "eighty".');
    });

    it('exits 2 for an unknown option and for platforms create without --origin', {
      timeout: 20_000,
    }, async () => {
      const [unknown, noOrigin] = [
        run(['start', '--prot', '1']),
        run(['platforms', 'create', '--name', 'x']),
      ];
      expect([await unknown.exited, await noOrigin.exited]).toEqual([2, 2]);
      expect(unknown.stderr()).toContain("Unknown option '--prot'");
      expect(noOrigin.stderr()).toContain('platforms create needs at least one --origin URL');
    });
  });
});

/** POSTs `body` with its first half now and the rest on `sendRest()`. */
function postInTwoParts(url: string, secretKey: string, body: string) {
  let markSent: () => void = () => undefined;
  const firstPartSent = new Promise<void>((resolve) => {
    markSent = resolve;
  });
  const outgoing = httpRequest(url, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${secretKey}`,
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
    },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    outgoing.on('error', reject);
    outgoing.on('response', (incoming) => {
      let text = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => {
        text += chunk;
      });
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: text }));
    });
  });
  const half = Math.floor(body.length / 2);
  outgoing.write(body.slice(0, half), () => markSent());
  return { firstPartSent, response, sendRest: () => outgoing.end(body.slice(half)) };
}
