import { describe, expect, it } from 'vitest';
import { brCnpj, brCpf } from './br-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('brCpf', () => {
  it.each([
    '390.533.447-05',
    '39053344705',
    '390533447-05',
    '390.533.44705',
    '123.456.789-09',
    '000.000.001-91',
    ' 390.533.447-05 ',
  ])('accepts %j', (value) => {
    expect(brCpf(value)).toBe(true);
  });

  it.each([
    '231.002.999-00',
    '111.111.111-11', // check digits add up, but never issued
    '11111111111',
    '00000000000',
    '99999999999',
    '390.533.447-06',
    '390.533.447-15',
    '390 533 447 05',
    '390/533/447-05',
    '390..533.447-05',
    '3905334470',
    '390533447050',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(brCpf(value)).toBe(false);
  });
});

describe('brCnpj', () => {
  it.each([
    '16.727.230/0001-97',
    '11.222.333/0001-81',
    '16727230000197',
    '16.727.230/000197',
    '16727230/0001-97',
    '12.ABC.345/01DE-35', // alphanumeric CNPJ (from July 2026)
    '12ABC34501DE35',
    'A1B2C3D4000193',
    'ZZZZZZZZ000191',
    '11111111111180', // only all-identical numbers are refused; this one's check digits add up
    '12.abc.345/01de-35',
    ' 16.727.230/0001-97 ',
  ])('accepts %j', (value) => {
    expect(brCnpj(value)).toBe(true);
  });

  it.each([
    '16.727.230/0001-98',
    '00000000000000',
    '00.000.000/0000-00',
    '11111111111111', // one repeated digit throughout
    '55555555555555',
    '16.727.230.0001-97', // dot where the slash goes
    '16.727.230/0001=97',
    '12.ABC.345/01DE-3A', // check digits are always digits
    '12.ABD.345/01DE-35',
    '1672723000019',
    '167272300001970',
    '16 727 230 0001 97',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(brCnpj(value)).toBe(false);
  });
});
