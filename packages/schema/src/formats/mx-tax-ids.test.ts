import { describe, expect, it } from 'vitest';
import { mxCurp, mxRfc } from './mx-tax-ids.js';

const oddInputs = ['', ' ', '\u0000', '💥', 'a'.repeat(10000), '1'.repeat(10000)];

describe('mxRfc', () => {
  it.each([
    'GODE561231GR8', // person
    'MAB9307148T4', // company
    'VACE460910SX6', // check digit wrong, accepted (not enforced, as in python-stdnum)
    'GODE561231GR9',
    'ÑAB9307148T4',
    'Ñ&B9307148T4',
    'A&B9307148T4',
    'NUÑE000229AB1', // 29 February of YY 00 (2000)
    'N\u0303UN\u0303E561231GR8'.normalize('NFD'), // decomposed Ñ
    'gode561231gr8',
    'ñab9307148t4',
    ' GODE561231GR8 ',
  ])('accepts %j', (value) => {
    expect(mxRfc(value)).toBe(true);
  });

  it.each([
    'GODE561331GR8', // month 13
    'GODE560231GR8', // 31 February
    'GODE010229GR8', // 29 February 2001
    'GODE560000GR8',
    'PUTO561231GR8', // blacklisted name part
    'GODE561231GR', // homoclave too short
    'GODE561231GR8X',
    'COMG600703', // without homoclave
    'GO561231GR8',
    'GODEX561231GR8',
    'G0DE561231GR8',
    'GODE-561231-GR8',
    'GODE 561231 GR8',
    'GODE561231G_8',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(mxRfc(value)).toBe(false);
  });
});

describe('mxCurp', () => {
  it.each([
    'BOXW310820HNERXN09',
    'HEGG560427MVZRRL04',
    'PEGJ040229HDFRRNA0', // born 29 February 2004 (letter differentiator: 2000s)
    'PEGJ000229HDFRRNA2', // 29 February 2000
    'PEGJ990101XDFRRN06', // sex X
    'boxw310820hnerxn09',
    ' BOXW310820HNERXN09 ',
  ])('accepts %j', (value) => {
    expect(mxCurp(value)).toBe(true);
  });

  it.each([
    'BOXW310820HNERXN08',
    'PEGJ000229HDFRRN02', // 29 February 1900 (digit differentiator) did not exist
    'PEGJ010229HDFRRNA9', // 29 February 2001
    'PEGJ050229HDFRRNA7', // 29 February 2005
    'PEGJ991301HDFRRN08', // month 13
    'PEGJ990101HZZRRN05', // ZZ is not a state
    'PUTO990101HDFRRN09', // blacklisted name part
    'BOXW310820FNERXN09', // sex must be H, M or X
    'BOXW310820HNERXN0A',
    'BOXW310820HNERXN0',
    'BOXW310820HNERXN090',
    'BOXW-310820-HNERXN09',
    ...oddInputs,
  ])('rejects %j', (value) => {
    expect(mxCurp(value)).toBe(false);
  });
});
