import { bundledFormats } from './bundled-formats.js';
import type { FormatValidator } from './format-validator.js';

import type { identifierFormats } from './identifier-formats.js';

type IdentifierFormatName = keyof typeof identifierFormats;

// Named here, not read from the module, which would bundle it; `satisfies` keeps the two lists equal.
const identifierFormatNames = {
  iban: true,
  aba_routing: true,
  gb_sort_code: true,
  au_bsb: true,
  in_ifsc: true,
  mx_clabe: true,
  nz_bank_account: true,
  us_ssn: true,
  us_ssn_last_4: true,
  us_ein: true,
  ca_business_number: true,
  ca_sin: true,
  gb_company_number: true,
  gb_utr: true,
  fr_siren: true,
  fr_siret: true,
  ie_pps: true,
  nl_rsin: true,
  es_cif: true,
  es_dni: true,
  it_partita_iva: true,
  au_abn: true,
  au_acn: true,
  nz_ird: true,
  nz_nzbn: true,
  jp_corporate_number: true,
  sg_uen: true,
  sg_nric: true,
  br_cpf: true,
  br_cnpj: true,
  mx_rfc: true,
  mx_curp: true,
  in_pan: true,
} satisfies Record<IdentifierFormatName, true>;

const loadIdentifierFormat = (name: IdentifierFormatName) => () =>
  import('./identifier-formats.js').then((module) => module.identifierFormats[name]);

/**
 * Formats whose code a browser loads on demand: a chunk each for a bundler
 * that splits dynamic imports. The phone format carries libphonenumber's
 * metadata, about a quarter of a page's JavaScript gzipped; the identifier
 * checks are needed on one or two steps.
 */
const loaders: Record<string, () => Promise<FormatValidator>> = {
  e164_phone: () => import('./phone.js').then((phone) => phone.e164Phone),
  ...Object.fromEntries(
    (Object.keys(identifierFormatNames) as IdentifierFormatName[]).map((name) => [
      name,
      loadIdentifierFormat(name),
    ]),
  ),
};

const loaded = new Map<string, FormatValidator>();
const loading = new Map<string, Promise<void>>();

/** Whether a format name is one this version loads on demand. */
export function isLoadableFormat(name: string): boolean {
  return Object.hasOwn(loaders, name);
}

/**
 * Loads the code of these formats (once each, however often asked). A failed
 * load is forgotten, so the next call tries again.
 */
export function loadFormats(names: Iterable<string>): Promise<void> {
  const pending: Array<Promise<void>> = [];
  for (const name of names) {
    const load = Object.hasOwn(loaders, name) ? loaders[name] : undefined;
    if (load === undefined || loaded.has(name)) continue;
    let promise = loading.get(name);
    if (promise === undefined) {
      promise = load().then(
        (validator) => {
          loaded.set(name, validator);
        },
        (error: unknown) => {
          loading.delete(name);
          throw error;
        },
      );
      loading.set(name, promise);
    }
    pending.push(promise);
  }
  return Promise.all(pending).then(() => undefined);
}

/** A bundled format, or a loadable one once `loadFormats` has loaded it; otherwise `undefined`. */
export function findLoadedFormat(name: string): FormatValidator | undefined {
  if (Object.hasOwn(bundledFormats, name)) return bundledFormats[name as keyof typeof bundledFormats];
  return loaded.get(name);
}
