import type { Constraints, FieldSpec } from '@onboardkit/schema';
import type { IdentifierRule } from '../countries/country-rules.js';
import type { MessageId } from '../locales/en.js';
import { isMessageId } from '../locales/translate.js';
import { sensitivePersonFields } from '../sensitive-fields.js';
import { addressConfig } from './address-config.js';
import {
  documentUpload,
  type FieldContext,
  type FieldUse,
  testDatesOfBirth,
  testIdNumbers,
  testPhoneNumber,
} from './field-context.js';
import { staticFieldSpec } from './static-field-specs.js';

/**
 * Field specs of what is asked of a person: the individual account holder
 * (keys under `individual.`) or a person of a company (keys relative to the
 * person, inside a `person_list`). `field` is the relative key (`dob`,
 * `address`, `relationship.title`).
 */

type Shape = Omit<FieldSpec, 'key' | 'label' | 'required'>;

/** What a person field asks beyond its label, or `null` for a field we do not know. */
interface PersonFieldOptions {
  /** The representative must be an adult (reference §1, `invalid_dob_age_under_18`). */
  adult: boolean;
}

const name: Shape = { type: 'text', constraints: { maxLength: 100 } };
const documentFile: Shape = { type: 'file', constraints: { ...documentUpload } };

function identifierConstraints(rule: IdentifierRule | undefined, testValues: string[]): Constraints {
  return {
    ...(rule?.format ? { format: rule.format } : {}),
    ...(rule?.pattern ? { pattern: rule.pattern } : {}),
    maxLength: rule?.maxLength ?? 30,
    allowValues: testValues,
  };
}

function shapeOf(
  field: string,
  context: FieldContext,
  use: FieldUse,
  options: PersonFieldOptions,
): Shape | null {
  const { translate } = context;
  switch (field) {
    case 'first_name':
    case 'last_name':
    case 'first_name_kana':
    case 'first_name_kanji':
    case 'last_name_kana':
    case 'last_name_kanji':
      return name;
    case 'full_name_aliases':
      return { type: 'text', help: translate('help.full_name_aliases'), constraints: { maxLength: 300 } };
    case 'dob':
      return {
        type: 'date',
        ...(options.adult ? { help: translate('help.dob.adult') } : {}),
        constraints: { minAge: options.adult ? 18 : 13, maxAge: 120, allowValues: testDatesOfBirth },
      };
    case 'email':
      return { type: 'email', placeholder: translate('placeholder.email'), constraints: { maxLength: 254 } };
    case 'phone':
      return { type: 'phone', country: context.country, constraints: { allowValues: [testPhoneNumber] } };
    case 'address':
    case 'address_kana':
    case 'address_kanji':
      return { type: 'address', address: addressConfig(context, use.addressParts) };
    case 'nationality':
      return { type: 'country' };
    case 'political_exposure':
      return {
        type: 'select',
        help: translate('help.political_exposure'),
        constraints: {
          options: [
            { value: 'none', label: translate('option.political_exposure.none') },
            { value: 'existing', label: translate('option.political_exposure.existing') },
          ],
        },
      };
    case 'ssn_last_4':
      return { type: 'id_number', constraints: { format: 'us_ssn_last_4', allowValues: ['0000'] } };
    case 'id_number':
      return {
        type: 'id_number',
        help: translate('help.id_number'),
        constraints: identifierConstraints(context.rules.identifiers.idNumber, testIdNumbers),
      };
    case 'verification.document':
      return { ...documentFile, help: translate('help.verification.document') };
    case 'verification.additional_document':
      return { ...documentFile, help: translate('help.verification.additional_document') };
    case 'relationship.title':
      return { ...name, placeholder: translate('placeholder.relationship.title') };
    case 'relationship.executive':
      return { type: 'boolean', constraints: { mustBeTrue: true } };
    case 'relationship.percent_ownership':
      return { type: 'percent', constraints: { min: 0, max: 100 } };
    default:
      return null;
  }
}

/** The label of a person field: per country where the country names it (an SSN, a CPF), else generic. */
function labelOf(field: string, context: FieldContext): string {
  const perCountry = `label.${field}.${context.country}`;
  if (isMessageId(perCountry)) return context.translate(perCountry);
  const generic = `label.${field}`;
  return isMessageId(generic) ? context.translate(generic as MessageId) : field;
}

/**
 * The spec of a person field under `keyPrefix` (`individual.` or empty for a
 * field inside a person list), or `null` for a field this version cannot ask.
 * Shared and frozen: spread it to add to it.
 *
 * @example personFieldSpec('dob', 'individual.', context, use, { adult: false })?.key // 'individual.dob'
 */
export function personFieldSpec(
  field: string,
  keyPrefix: string,
  context: FieldContext,
  use: FieldUse,
  options: PersonFieldOptions,
): FieldSpec | null {
  const cacheKey = `person\u0000${context.country}\u0000${context.locale}\u0000${keyPrefix}${field}\u0000${use.required ? 1 : 0}\u0000${use.addressParts.join(',')}\u0000${options.adult ? 1 : 0}`;
  return staticFieldSpec(cacheKey, () => {
    const shape = shapeOf(field, context, use, options);
    if (shape === null) return null;
    return {
      key: `${keyPrefix}${field}`,
      label: labelOf(field, context),
      required: use.required,
      ...shape,
      ...(sensitivePersonFields.has(field) ? { sensitive: true } : {}),
    };
  });
}

/** The order person fields are shown in: names, contact, birth and address, roles, identity. */
export const personFieldOrder = [
  'first_name',
  'last_name',
  'first_name_kana',
  'last_name_kana',
  'first_name_kanji',
  'last_name_kanji',
  'full_name_aliases',
  'email',
  'phone',
  'dob',
  'address',
  'address_kana',
  'address_kanji',
  'nationality',
  'political_exposure',
  'relationship.title',
  'relationship.executive',
  'relationship.percent_ownership',
  'ssn_last_4',
  'id_number',
  'verification.document',
  'verification.additional_document',
];
