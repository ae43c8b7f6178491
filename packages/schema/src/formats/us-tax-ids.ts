import { normalizeId } from './identifier-checks.js';

/** SSNs that were published (e.g. printed on sample cards) and are void; as in python-stdnum. */
const BLACKLISTED_SSNS = new Set(['078051120', '219099999', '457555462']);

/**
 * IRS campus prefixes an EIN can start with (python-stdnum `us/ein.dat`, from the IRS page
 * "How EINs are assigned and valid EIN prefixes").
 */
const EIN_PREFIXES = new Set(
  (
    '01 02 03 04 05 06 10 11 12 13 14 15 16 20 21 22 23 24 25 26 27 30 31 32 33 34 35 36 37 38 39 ' +
    '40 41 42 43 44 45 46 47 48 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 71 72 73 ' +
    '74 75 76 77 80 81 82 83 84 85 86 87 88 90 91 92 93 94 95 98 99'
  ).split(' '),
);

/**
 * The `us_ssn` format: a US Social Security Number, 9 digits optionally dashed as 3-2-4, whose
 * area (not 000, 666 or 9xx), group (not 00) and serial (not 0000) can have been issued.
 * Stripe's test value `000000000` is rejected here; the server recognises it before formats run.
 *
 * @example usSsn('536-90-4399') // true
 */
export function usSsn(value: string): boolean {
  const id = normalizeId(value);
  if (id === null) return false;
  const match = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(id);
  if (!match) return false;
  const [, area = '', group = '', serial = ''] = match;
  if (area === '000' || area === '666' || area.startsWith('9')) return false;
  if (group === '00' || serial === '0000') return false;
  return !BLACKLISTED_SSNS.has(area + group + serial);
}

/** The `us_ssn_last_4` format: the last 4 digits of an SSN, as Stripe collects them. */
export function usSsnLast4(value: string): boolean {
  const id = normalizeId(value);
  return id !== null && /^\d{4}$/.test(id);
}

/**
 * The `us_ein` format: a US Employer Identification Number, 9 digits optionally dashed as 2-7,
 * whose first two digits are a prefix the IRS assigns (EINs have no check digit).
 *
 * @example usEin('91-1144442') // true
 */
export function usEin(value: string): boolean {
  const id = normalizeId(value);
  return id !== null && /^\d{2}-?\d{7}$/.test(id) && EIN_PREFIXES.has(id.slice(0, 2));
}
