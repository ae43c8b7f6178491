import { describe, expect, it } from 'vitest';
import { iban } from './iban.js';

describe('iban', () => {
  it.each([
    // Reference vectors (Stripe SEPA test IBANs among them).
    'DE89370400440532013000',
    'FR1420041010050500013M02606',
    'GB82WEST12345698765432',
    'IE29AIBK93115212345678',
    'NL39RABO0300065264',
    'ES0700120345030000067890',
    'IT60X0542811101000000123456',
    'AT611904300234573201',
    'BE62510007547061',
  ])('accepts reference IBAN %s', (value) => {
    expect(iban(value)).toBe(true);
  });

  it.each([
    // SWIFT registry examples: one per country in the length table.
    'AE070331234567890123456',
    'AT483200000012345864',
    'BE71096123456769',
    'BG80BNBG96611020345678',
    'BR1800360305000010009795493C1',
    'CH9300762011623852957',
    'CY17002001280000001200527600',
    'CZ6508000000192000145399',
    'DE75512108001245126199',
    'DK5000400440116243',
    'EE382200221020145685',
    'ES9121000418450200051332',
    'FI2112345600000785',
    'FR7630006000011234567890189',
    'GB33BUKB20201555555555',
    'GI75NWBK000000007099453',
    'GR1601101250000000012300695',
    'HR1210010051863000160',
    'HU42117730161111101800000000',
    'IE64IRCE92050112345678',
    'IT60X0542811101000000123456',
    'LI21088100002324013AA',
    'LT121000011101001000',
    'LU280019400644750000',
    'LV80BANK0000435195001',
    'MT84MALT011000012345MTLCAST001S',
    'NL91ABNA0417164300',
    'NO9386011117947',
    'PL61109010140000071219812874',
    'PT50000201231234567890154',
    'RO49AAAA1B31007593840000',
    'SE4550000000058398257466',
    'SI56263300012039086',
    'SK3112000000198742637541',
  ])('accepts registry example %s', (value) => {
    expect(iban(value)).toBe(true);
  });

  it.each([
    'DE89 3704 0044 0532 0130 00',
    'de89370400440532013000',
    'gb82 west 1234 5698 7654 32',
    ' DE89370400440532013000 ',
    'DE02370400440532010007',
  ])('accepts spacing and case variants: %j', (value) => {
    expect(iban(value)).toBe(true);
  });

  it.each([
    ['DE89370400440532013001', 'reference: bad checksum'],
    ['FR89370400440532013000', 'reference: wrong length and checksum'],
    ['DE88370400440532013000', 'check digits off by one'],
    ['DE89370400440532031000', 'transposed digits'],
    ['DE8937040044053201300', 'one digit short'],
    ['DE893704004405320130000', 'one digit long'],
    ['US64SVBKUS6S3300958879', 'country not in the table'],
    ['XX89370400440532013000', 'unknown country'],
    ['DE99370400440532010007', 'check digits 99 alias of 02'],
    ['DE0037040044053201300A', 'letter in a numeric German BBAN'],
    ['GB82WEST1234569876543X', 'letter in the GB account number'],
    ['NL39RAB00300065264', 'digit in the NL bank code'],
    ['1289370400440532013000', 'digits for the country'],
    ['DEXX370400440532013000', 'letters for the check digits'],
    ['DE89-3704-0044-0532-0130-00', 'dashes are not IBAN separators'],
    ['DE89\t370400440532013000', 'tab inside'],
    ['DE89370400440532013000\n', 'trailing newline'],
    ['DE', 'country only'],
    ['', 'empty'],
    ['   ', 'spaces only'],
  ])('rejects %j (%s)', (value) => {
    expect(iban(value)).toBe(false);
  });

  it.each([
    '\u0000',
    '💥',
    'a'.repeat(10000),
    '9'.repeat(10000),
    'DE89370400440532013000'.repeat(3),
    'ÐE89370400440532013000',
  ])('returns false for odd input %#', (value) => {
    expect(iban(value)).toBe(false);
  });

  it('does not enforce the account country', () => {
    expect(iban('FR1420041010050500013M02606', { country: 'DE' })).toBe(true);
  });

  it('returns false for a non-string at runtime', () => {
    expect(iban(undefined as unknown as string)).toBe(false);
    expect(iban(42 as unknown as string)).toBe(false);
  });
});
