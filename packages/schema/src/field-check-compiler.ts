import type { FieldError } from './api-error.js';
import { fieldError } from './field-error-codes.js';
import type { AddressConfig, BankAccountConfig, FieldSpec, PersonListConfig } from './field-spec.js';
import { addressValueSchema, bankAccountValueSchema, personValueSchema } from './field-value.js';
import type { FormatValidator } from './formats/format-validator.js';
import { isBlank, isFieldVisible } from './visibility.js';

/** What checks need beyond the field spec itself. */
export interface CompileOptions {
  /** The account's country: the context of country-aware formats when a field names none. */
  country?: string | undefined;
  /** The clock for age limits; defaults to the current time. */
  now?: () => Date;
}

/** Finds the validator of a format name; `undefined` leaves the value to the server. */
export type FormatLookup = (name: string) => FormatValidator | undefined;

/** The options of one compilation, with where its format names are looked up. */
export interface Compilation extends CompileOptions {
  findFormat: FormatLookup;
}

/**
 * Checks one value of one field. `held` says the server already holds a value
 * (a masked sensitive field), so a blank value is no error.
 */
export type FieldValidator = (value: unknown, param: string, held?: boolean) => FieldError[];

type ValueCheck = (value: unknown, param: string) => FieldError[];

const ok: FieldError[] = [];

function compilePattern(source: string | undefined): RegExp | undefined {
  if (source === undefined) return undefined;
  try {
    return new RegExp(`^(?:${source})$`);
  } catch {
    // A pattern this engine cannot compile is the server's to enforce.
    return undefined;
  }
}

function formatCheck(findFormat: FormatLookup, name: string | undefined, country: string | undefined) {
  const validator = name === undefined ? undefined : findFormat(name);
  if (name === undefined || validator === undefined) return undefined;
  return (text: string, param: string): FieldError[] =>
    validator(text, country === undefined ? undefined : { country })
      ? ok
      : [fieldError(param, 'invalid_format', { format: name })];
}

function compileText(
  spec: FieldSpec,
  options: Compilation,
  defaults: { format?: string; pattern?: string },
): ValueCheck {
  const constraints = spec.constraints ?? {};
  const pattern = compilePattern(constraints.pattern ?? defaults.pattern);
  const format = formatCheck(
    options.findFormat,
    constraints.format ?? defaults.format,
    spec.country ?? options.country,
  );
  const allowed = new Set(constraints.allowValues ?? []);
  const choices = constraints.options
    ? new Set(constraints.options.map((option) => option.value))
    : undefined;
  const { minLength, maxLength } = constraints;
  return (value, param) => {
    if (typeof value !== 'string') return [fieldError(param, 'invalid_type')];
    const text = value.trim();
    if (allowed.has(text)) return ok;
    if (minLength !== undefined && text.length < minLength)
      return [fieldError(param, 'too_short', { limit: minLength })];
    if (maxLength !== undefined && text.length > maxLength)
      return [fieldError(param, 'too_long', { limit: maxLength })];
    if (choices && !choices.has(text)) return [fieldError(param, 'invalid_option')];
    if (pattern && !pattern.test(text)) return [fieldError(param, 'pattern_mismatch')];
    return format ? format(text, param) : ok;
  };
}

function ageOn(today: Date, year: number, month: number, day: number): number {
  const beforeBirthday =
    today.getUTCMonth() + 1 < month || (today.getUTCMonth() + 1 === month && today.getUTCDate() < day);
  return today.getUTCFullYear() - year - (beforeBirthday ? 1 : 0);
}

function compileDate(spec: FieldSpec, options: Compilation): ValueCheck {
  const { minAge, maxAge } = spec.constraints ?? {};
  const allowed = new Set(spec.constraints?.allowValues ?? []);
  const now = options.now ?? (() => new Date());
  return (value, param) => {
    if (typeof value !== 'string') return [fieldError(param, 'invalid_type')];
    // Test-mode dates of birth such as 1901-01-01 lie beyond the age limits on purpose.
    if (allowed.has(value.trim())) return ok;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (!match) return [fieldError(param, 'invalid_date')];
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      return [fieldError(param, 'invalid_date')];
    }
    const age = ageOn(now(), year, month, day);
    if (minAge !== undefined && age < minAge)
      return [fieldError(param, 'invalid_dob_age_under_minimum', { limit: minAge })];
    if (maxAge !== undefined && age > maxAge)
      return [fieldError(param, 'invalid_dob_age_over_maximum', { limit: maxAge })];
    return ok;
  };
}

function compileNumber(spec: FieldSpec, bounds: { min?: number; max?: number }): ValueCheck {
  const min = spec.constraints?.min ?? bounds.min;
  const max = spec.constraints?.max ?? bounds.max;
  return (value, param) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return [fieldError(param, 'invalid_type')];
    if (min !== undefined && value < min) return [fieldError(param, 'too_small', { limit: min })];
    if (max !== undefined && value > max) return [fieldError(param, 'too_big', { limit: max })];
    return ok;
  };
}

function compileBoolean(spec: FieldSpec): ValueCheck {
  const mustBeTrue = spec.constraints?.mustBeTrue === true;
  return (value, param) => {
    if (typeof value !== 'boolean') return [fieldError(param, 'invalid_type')];
    return mustBeTrue && !value ? [fieldError(param, 'must_be_true')] : ok;
  };
}

const checkTos: ValueCheck = (value, param) => {
  if (typeof value !== 'boolean') return [fieldError(param, 'invalid_type')];
  return value ? ok : [fieldError(param, 'tos_not_accepted')];
};

const checkFile: ValueCheck = (value, param) => {
  if (typeof value !== 'string') return [fieldError(param, 'invalid_type')];
  return /^file_[A-Za-z0-9_]{1,200}$/.test(value) ? ok : [fieldError(param, 'invalid_file')];
};

function compileAddress(config: AddressConfig | undefined, options: Compilation): ValueCheck {
  const parts = Object.entries(config?.parts ?? {});
  const states = config?.states ? new Set(config.states.map((state) => state.value)) : undefined;
  const postalCode = options.findFormat('postal_code');
  return (value, param) => {
    const parsed = addressValueSchema.safeParse(value);
    if (!parsed.success) return [fieldError(param, 'invalid_type')];
    const address = parsed.data;
    const errors: FieldError[] = [];
    for (const [part, need] of parts) {
      if (need === 'required' && isBlank(address[part as keyof typeof address])) {
        errors.push(fieldError(`${param}.${part}`, 'required'));
      }
    }
    const country = address.country ?? config?.country ?? options.country;
    if (
      !isBlank(address.postal_code) &&
      postalCode &&
      !postalCode(address.postal_code ?? '', country ? { country } : undefined)
    ) {
      errors.push(fieldError(`${param}.postal_code`, 'invalid_format', { format: 'postal_code' }));
    }
    if (states && !isBlank(address.state) && !states.has(address.state?.trim() ?? '')) {
      errors.push(fieldError(`${param}.state`, 'invalid_option'));
    }
    return errors;
  };
}

type TextRule = (text: string, param: string) => FieldError[];

function patternRule(source: string | undefined): TextRule | undefined {
  const pattern = compilePattern(source);
  return pattern ? (text, at) => (pattern.test(text) ? ok : [fieldError(at, 'pattern_mismatch')]) : undefined;
}

function compileBankAccount(config: BankAccountConfig | undefined, { findFormat }: Compilation): ValueCheck {
  const country = config?.country;
  const ibanRules = [formatCheck(findFormat, 'iban', country)];
  const routingRules = [
    patternRule(config?.routingPattern),
    formatCheck(findFormat, config?.routingFormat, country),
  ];
  const accountRules = [
    patternRule(config?.accountPattern),
    formatCheck(findFormat, config?.accountFormat, country),
  ];
  const combined = formatCheck(findFormat, config?.combinedFormat, country);
  return (value, param) => {
    const parsed = bankAccountValueSchema.safeParse(value);
    if (!parsed.success) return [fieldError(param, 'invalid_type')];
    const account = parsed.data;
    const check = (
      name: 'iban' | 'routing_number' | 'account_number',
      rules: Array<TextRule | undefined>,
    ) => {
      const text = account[name]?.trim() ?? '';
      const at = `${param}.${name}`;
      if (text === '') return [fieldError(at, 'required')];
      for (const rule of rules) {
        const errors = rule?.(text, at) ?? ok;
        if (errors.length > 0) return errors;
      }
      return ok;
    };
    switch (config?.scheme) {
      case 'iban':
        return check('iban', ibanRules);
      case 'routing_and_account': {
        const errors = [...check('routing_number', routingRules), ...check('account_number', accountRules)];
        if (errors.length > 0 || !combined) return errors;
        // The check digit spans both numbers (NZ), so the verdict lands on the account number.
        const joined = `${account.routing_number?.trim()}${account.account_number?.trim()}`;
        return combined(joined, `${param}.account_number`);
      }
      case 'account':
        return check('account_number', accountRules);
      default:
        // A scheme from a newer server: its shape is the server's to judge.
        return ok;
    }
  };
}

const ownershipKey = 'relationship.percent_ownership';

function compilePersonList(config: PersonListConfig | undefined, options: Compilation): ValueCheck {
  const fields = (config?.fields ?? []).map((spec) => ({
    spec,
    validate: compileFieldChecks(spec, options),
  }));
  return (value, param) => {
    if (!Array.isArray(value)) return [fieldError(param, 'invalid_type')];
    const errors: FieldError[] = [];
    let ownership = 0;
    value.forEach((item: unknown, index) => {
      const at = `${param}[${index}]`;
      const parsed = personValueSchema.safeParse(item);
      if (!parsed.success) {
        errors.push(fieldError(at, 'invalid_type'));
        return;
      }
      const person = parsed.data;
      for (const { spec, validate } of fields) {
        if (!isFieldVisible(spec, person.values)) continue;
        // The server holds sensitive values of existing persons; blank means "keep".
        const held =
          person.masks?.[spec.key]?.provided === true || (person.id !== undefined && spec.sensitive === true);
        errors.push(...validate(person.values[spec.key], `${at}.${spec.key}`, held));
      }
      const share = person.values[ownershipKey];
      if (typeof share === 'number' && Number.isFinite(share)) ownership += share;
    });
    if (ownership > 100) errors.push(fieldError(param, 'ownership_over_100'));
    return errors;
  };
}

function compileItemCount(spec: FieldSpec, check: ValueCheck): ValueCheck {
  const { minItems, maxItems } = spec.constraints ?? {};
  return (value, param) => {
    if (Array.isArray(value)) {
      if (minItems !== undefined && value.length < minItems)
        return [fieldError(param, 'too_few_items', { limit: minItems })];
      if (maxItems !== undefined && value.length > maxItems)
        return [fieldError(param, 'too_many_items', { limit: maxItems })];
    }
    return check(value, param);
  };
}

function compileValueCheck(spec: FieldSpec, options: Compilation): ValueCheck {
  switch (spec.type) {
    case 'text':
    case 'id_number':
    case 'tax_id':
    case 'select':
      return compileText(spec, options, {});
    case 'email':
      return compileText(spec, options, { format: 'email' });
    case 'phone':
      return compileText(spec, options, { format: 'e164_phone' });
    case 'url':
      return compileText(spec, options, { format: 'url' });
    case 'country':
      return compileText(spec, options, { pattern: '[A-Z]{2}' });
    case 'date':
      return compileDate(spec, options);
    case 'percent':
      return compileNumber(spec, { min: 0, max: 100 });
    case 'boolean':
      return compileBoolean(spec);
    case 'tos':
      return checkTos;
    case 'file':
      return checkFile;
    case 'address':
      return compileAddress(spec.address, options);
    case 'bank_account':
      return compileBankAccount(spec.bankAccount, options);
    case 'person_list':
      return compileItemCount(spec, compilePersonList(spec.personList, options));
    default:
      // A type from a newer server: any value passes here; the server decides.
      return () => ok;
  }
}

/**
 * Compiles a field spec into a validator of its values, looking format names
 * up where `options.findFormat` says: `compileField` gives it every format of
 * this version, the browser only those it has loaded so far.
 */
export function compileFieldChecks(spec: FieldSpec, options: Compilation): FieldValidator {
  const check = compileValueCheck(spec, options);
  const held = spec.mask?.provided === true;
  return (value, param, alreadyHeld = held) => {
    if (isBlank(value)) return spec.required && !alreadyHeld ? [fieldError(param, 'required')] : ok;
    return check(value, param);
  };
}
