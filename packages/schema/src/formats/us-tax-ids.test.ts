import { describe, expect, it } from 'vitest';
import { usEin, usSsn, usSsnLast4 } from './us-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('usSsn', () => {
  it.each(['536-90-4399', '536904399', '  536-90-4399\n', '536-904399', '001-01-0001', '899-99-9999'])(
    'accepts %j',
    (value) => {
      expect(usSsn(value)).toBe(true);
    },
  );

  it.each([
    '000000000', // Stripe test value: handled by the server, not the format
    '666-00-0000',
    '666-12-3456',
    '000-12-3456',
    '900-12-3456',
    '987-65-4321',
    '536-00-4399',
    '536-90-0000',
    '078-05-1120',
    '219-09-9999',
    '457-55-5462',
    '1112-23333',
    '53-690-4399',
    '536 90 4399',
    '536.90.4399',
    '536--90-4399',
    '53690439',
    '5369043999',
    '536-90-439a',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(usSsn(value)).toBe(false);
  });
});

describe('usSsnLast4', () => {
  it.each(['4399', '0000', ' 1234 '])('accepts %j', (value) => {
    expect(usSsnLast4(value)).toBe(true);
  });

  it.each(['439', '43990', '43-9', 'abcd', '４３９９', ...oddInputs])('rejects %j', (value) => {
    expect(usSsnLast4(value)).toBe(false);
  });
});

describe('usEin', () => {
  it.each(['91-1144442', '04-2103594', '911144442', '01-0000000', '99-9999999', ' 12-3456789 '])(
    'accepts %j',
    (value) => {
      expect(usEin(value)).toBe(true);
    },
  );

  it.each([
    '911-14-4442',
    '07-1144442',
    '00-1234567',
    '89-1234567',
    '96-1234567',
    '91 1144442',
    '91--1144442',
    '91-114444',
    '91-11444420',
    'AB-1144442',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(usEin(value)).toBe(false);
  });
});
