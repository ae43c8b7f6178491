import { describe, expect, it } from 'vitest';
import { batchLines, createJsonLogger } from './logger.js';

const at = new Date('2026-03-04T05:06:07.000Z');

function capture(level?: 'debug' | 'info' | 'warn' | 'error' | 'silent') {
  const lines: string[] = [];
  const logger = createJsonLogger({ level, now: () => at, write: (line) => lines.push(line) });
  return { logger, lines };
}

describe('createJsonLogger', () => {
  it('writes one JSON object per line with time, level, event and fields', () => {
    const { logger, lines } = capture();
    logger.info('server.listening', { url: 'http://127.0.0.1:4242' });
    expect(lines).toEqual([
      '{"time":"2026-03-04T05:06:07.000Z","level":"info","event":"server.listening","url":"http://127.0.0.1:4242"}\n',
    ]);
  });

  it('drops lines below its level', () => {
    const { logger, lines } = capture('warn');
    logger.debug('a');
    logger.info('b');
    logger.warn('c');
    logger.error('d');
    expect(lines.map((line) => JSON.parse(line).event)).toEqual(['c', 'd']);
  });

  it('writes nothing at level silent', () => {
    const { logger, lines } = capture('silent');
    logger.error('e');
    expect(lines).toEqual([]);
  });

  it('masks secret keys anywhere in the line: fields, nested values, error messages and stacks', () => {
    const { logger, lines } = capture();
    const key = `sk_test_${'abc123XYZ0'.repeat(3)}`;
    const error = new Error(`bad key ${key}`);
    logger.error('x', { key, nested: { list: [`Bearer ${key}`] }, error });
    const [line = ''] = lines;
    expect(line).not.toContain(key);
    expect(line).toContain('sk_test_…XYZ0');
    expect(JSON.parse(line).error).toMatchObject({ name: 'Error', message: 'bad key sk_test_…XYZ0' });
  });

  it('writes an error with its name, message, code and stack rather than {}', () => {
    const { logger, lines } = capture();
    logger.error('x', { error: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) });
    expect(JSON.parse(lines[0] ?? '').error).toMatchObject({
      name: 'Error',
      message: 'refused',
      code: 'ECONNREFUSED',
      stack: expect.stringContaining('logger.test.ts'),
    });
  });

  it('masks secrets in a line of plain fields the same way, the event name included', () => {
    const { logger, lines } = capture();
    const secret = `as_secret_${'q1W2e3R4t5'.repeat(3)}`;
    logger.info(`seen ${secret}`, { note: `Bearer ${secret}`, status: 200, ok: true, none: null });
    expect(lines).toEqual([
      '{"time":"2026-03-04T05:06:07.000Z","level":"info","event":"seen as_secret_…","note":"Bearer as_secret_…","status":200,"ok":true,"none":null}\n',
    ]);
  });
  it('writes plain fields exactly as JSON.stringify would: escapes, undefined left out, NaN as null', () => {
    const { logger, lines } = capture();
    const fields = {
      quote: 'say "hi"\n\ttab \u2028',
      skipped: undefined,
      nan: Number.NaN,
      big: 1e21,
      neg: -0.5,
    };
    logger.info('e', fields);
    expect(lines).toEqual([
      `${JSON.stringify({ time: at.toISOString(), level: 'info', event: 'e', ...fields })}\n`,
    ]);
  });

  it('lets a field named like a line key replace it, as one JSON object would', () => {
    const { logger, lines } = capture();
    logger.info('e', { event: 'other', time: 'then' });
    expect(JSON.parse(lines[0] ?? '')).toEqual({ time: 'then', level: 'info', event: 'other' });
  });
});

describe('batchLines', () => {
  it('hands the lines of one turn of the event loop to its destination in one write', async () => {
    const writes: string[] = [];
    const write = batchLines((text) => writes.push(text));
    write('a\n');
    write('b\n');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['a\nb\n']);
    write('c\n');
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['a\nb\n', 'c\n']);
  });

  it('writes at once past its byte budget', () => {
    const writes: string[] = [];
    const write = batchLines((text) => writes.push(text), 4);
    write('ab\n');
    expect(writes).toEqual([]);
    write('cd\n');
    expect(writes).toEqual(['ab\ncd\n']);
  });
});
