import { abaRouting } from './aba-routing.js';
import { auAbn, auAcn } from './au-tax-ids.js';
import { auBsb, gbSortCode, inIfsc, mxClabe } from './bank-codes.js';
import { brCnpj, brCpf } from './br-tax-ids.js';
import { caBusinessNumber, caSin } from './ca-tax-ids.js';
import { esCif, esDni } from './es-tax-ids.js';
import type { FormatValidator } from './format-validator.js';
import { frSiren, frSiret } from './fr-tax-ids.js';
import { gbCompanyNumber, gbUtr } from './gb-tax-ids.js';
import { iban } from './iban.js';
import { iePps } from './ie-tax-ids.js';
import { inPan } from './in-tax-ids.js';
import { itPartitaIva } from './it-tax-ids.js';
import { jpCorporateNumber } from './jp-tax-ids.js';
import { mxCurp, mxRfc } from './mx-tax-ids.js';
import { nlRsin } from './nl-tax-ids.js';
import { nzBankAccount } from './nz-bank-account.js';
import { nzIrd, nzNzbn } from './nz-tax-ids.js';
import { sgNric, sgUen } from './sg-tax-ids.js';
import { usEin, usSsn, usSsnLast4 } from './us-tax-ids.js';

/**
 * Bank account and tax, company and personal id checks: asked for on one or
 * two steps of a flow, so browsers load them with the first step that names
 * one (`loadable-formats.ts`).
 */
export const identifierFormats = {
  // Bank accounts
  iban,
  aba_routing: abaRouting,
  gb_sort_code: gbSortCode,
  au_bsb: auBsb,
  in_ifsc: inIfsc,
  mx_clabe: mxClabe,
  nz_bank_account: nzBankAccount,
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
