import { abaRouting } from './aba-routing.js';
import { auAbn, auAcn } from './au-tax-ids.js';
import { auBsb, gbSortCode, inIfsc, mxClabe } from './bank-codes.js';
import { brCnpj, brCpf } from './br-tax-ids.js';
import { caBusinessNumber, caSin } from './ca-tax-ids.js';
import { email } from './email.js';
import { esCif, esDni } from './es-tax-ids.js';
import type { FormatValidator } from './format-validator.js';
import { frSiren, frSiret } from './fr-tax-ids.js';
import { gbCompanyNumber, gbUtr } from './gb-tax-ids.js';
import { iban } from './iban.js';
import { iePps } from './ie-tax-ids.js';
import { inPan } from './in-tax-ids.js';
import { itPartitaIva } from './it-tax-ids.js';
import { jpCorporateNumber } from './jp-tax-ids.js';
import { luhn } from './luhn.js';
import { mxCurp, mxRfc } from './mx-tax-ids.js';
import { nlRsin } from './nl-tax-ids.js';
import { nzBankAccount } from './nz-bank-account.js';
import { nzIrd, nzNzbn } from './nz-tax-ids.js';
import { e164Phone } from './phone.js';
import { postalCode } from './postal-code.js';
import { sgNric, sgUen } from './sg-tax-ids.js';
import { url } from './url.js';
import { usEin, usSsn, usSsnLast4 } from './us-tax-ids.js';

const validators = {
  // Contact and address
  email,
  url,
  e164_phone: e164Phone,
  postal_code: postalCode,
  // Bank accounts
  iban,
  aba_routing: abaRouting,
  gb_sort_code: gbSortCode,
  au_bsb: auBsb,
  in_ifsc: inIfsc,
  mx_clabe: mxClabe,
  nz_bank_account: nzBankAccount,
  // Generic check digit
  luhn,
  // Tax, company and personal ids
  us_ssn: usSsn,
  us_ssn_last_4: usSsnLast4,
  us_ein: usEin,
  ca_business_number: caBusinessNumber,
  ca_sin: caSin,
  gb_company_number: gbCompanyNumber,
  gb_utr: gbUtr,
  fr_siren: frSiren,
  fr_siret: frSiret,
  ie_pps: iePps,
  nl_rsin: nlRsin,
  es_cif: esCif,
  es_dni: esDni,
  it_partita_iva: itPartitaIva,
  au_abn: auAbn,
  au_acn: auAcn,
  nz_ird: nzIrd,
  nz_nzbn: nzNzbn,
  jp_corporate_number: jpCorporateNumber,
  sg_uen: sgUen,
  sg_nric: sgNric,
  br_cpf: brCpf,
  br_cnpj: brCnpj,
  mx_rfc: mxRfc,
  mx_curp: mxCurp,
  in_pan: inPan,
} satisfies Record<string, FormatValidator>;

/** The name of a check this version knows, e.g. `iban` or `us_ein`. */
export type FormatName = keyof typeof validators;

/**
 * Every named check a field spec's `constraints.format` can name. A name that
 * is not here (a newer server's) passes in the browser; the server decides.
 *
 * @example formats.iban('DE89 3704 0044 0532 0130 00') // true
 * @example formats.postal_code('94107', { country: 'US' }) // true
 */
export const formats: Readonly<Record<FormatName, FormatValidator>> = validators;

/** The validator for a format name, or `undefined` for a name this version does not know. */
export function findFormat(name: string): FormatValidator | undefined {
  return Object.hasOwn(formats, name) ? formats[name as FormatName] : undefined;
}
