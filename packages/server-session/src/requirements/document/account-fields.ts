import type { BankAccountConfig, FieldSpec, Option } from '@onboardkit/schema';
import { businessTypes } from '../account-state.js';
import type { IdentifierRule } from '../countries/country-rules.js';
import type { MessageId } from '../locales/en.js';
import { isMessageId } from '../locales/translate.js';
import { sensitiveAccountFields } from '../sensitive-fields.js';
import { serviceAgreementOf } from '../service-agreement.js';
import { addressConfig } from './address-config.js';
import {
  documentUpload,
  type FieldContext,
  type FieldUse,
  testCompanyTaxIds,
  testPhoneNumber,
} from './field-context.js';
import { merchantCategoryOptions } from './merchant-category-options.js';
import { personFieldSpec } from './person-fields.js';
import { staticFieldSpec } from './static-field-specs.js';

/**
 * Field specs of account-level fields: business type and profile, company,
 * the individual (delegated to the person fields), bank account and terms.
 */

type Shape = Omit<FieldSpec, 'key' | 'label' | 'required'>;

const attestation: Shape = { type: 'boolean', constraints: { mustBeTrue: true } };

function identifier(rule: IdentifierRule | undefined, testValues: string[] = []): Shape['constraints'] {
  return {
    ...(rule?.format ? { format: rule.format } : {}),
    ...(rule?.pattern ? { pattern: rule.pattern } : {}),
    maxLength: rule?.maxLength ?? 40,
    ...(testValues.length > 0 ? { allowValues: testValues } : {}),
  };
}

function bankAccountConfig(context: FieldContext): BankAccountConfig {
  const { bankAccount } = context.rules;
  const { translate, country } = context;
  const routing = `bank.routing.${country}`;
  const accountLabel =
    bankAccount.scheme === 'iban'
      ? translate('bank.account.iban')
      : translate(
          isMessageId(`bank.account.${country}`) ? (`bank.account.${country}` as MessageId) : 'bank.account',
        );
  return {
    country,
    currency: bankAccount.currency,
    scheme: bankAccount.scheme,
    ...(bankAccount.routingFormat ? { routingFormat: bankAccount.routingFormat } : {}),
    ...(bankAccount.routingPattern ? { routingPattern: bankAccount.routingPattern } : {}),
    ...(bankAccount.accountPattern ? { accountPattern: bankAccount.accountPattern } : {}),
    ...(bankAccount.accountFormat ? { accountFormat: bankAccount.accountFormat } : {}),
    ...(bankAccount.combinedFormat ? { combinedFormat: bankAccount.combinedFormat } : {}),
    ...(isMessageId(routing) ? { routingLabel: translate(routing) } : {}),
    accountLabel,
  };
}

function businessTypeOptions(context: FieldContext): Option[] {
  return businessTypes.map((type) => ({
    value: type,
    label: context.translate(`option.business_type.${type}`),
  }));
}

function shapeOf(key: string, context: FieldContext, use: FieldUse): Shape | null {
  const { translate, rules } = context;
  switch (key) {
    case 'business_type':
      return { type: 'select', constraints: { options: businessTypeOptions(context) } };
    case 'business_profile.mcc':
      return {
        type: 'select',
        help: translate('help.business_profile.mcc'),
        constraints: { maxLength: 4, options: merchantCategoryOptions(context.locale) },
      };
    case 'business_profile.url':
      return {
        type: 'url',
        help: translate('help.business_profile.url'),
        placeholder: translate('placeholder.business_profile.url'),
        constraints: { maxLength: 5000 },
      };
    case 'business_profile.product_description':
      return {
        type: 'text',
        help: translate('help.business_profile.product_description'),
        constraints: { minLength: 10, maxLength: 40_000 },
      };
    case 'settings.payments.statement_descriptor':
      return {
        type: 'text',
        help: translate('help.settings.payments.statement_descriptor'),
        placeholder: translate('placeholder.settings.payments.statement_descriptor'),
        // Stripe refuses < > \ ' " * and wants at least one letter.
        constraints: { minLength: 5, maxLength: 22, pattern: `(?=.*[A-Za-z])[^<>\\\\'"*]*` },
      };
    case 'company.name':
    case 'company.name_kana':
    case 'company.name_kanji':
      return { type: 'text', constraints: { maxLength: 100 } };
    case 'company.phone':
      return { type: 'phone', country: context.country, constraints: { allowValues: [testPhoneNumber] } };
    case 'company.address':
    case 'company.address_kana':
    case 'company.address_kanji':
      return { type: 'address', address: addressConfig(context, use.addressParts) };
    case 'company.tax_id':
      return {
        type: 'tax_id',
        help: translate('help.company.tax_id'),
        constraints: identifier(rules.identifiers.companyTaxId, testCompanyTaxIds),
      };
    case 'company.registration_number':
      return { type: 'text', constraints: identifier(rules.identifiers.companyRegistrationNumber) };
    case 'company.pan':
      return {
        type: 'tax_id',
        help: translate('help.company.tax_id'),
        constraints: identifier(rules.identifiers.companyPan, testCompanyTaxIds),
      };
    case 'company.business_cross_border_transaction_classifications':
      return {
        type: 'select',
        constraints: {
          options: [
            { value: 'domestic', label: translate('option.cross_border.domestic') },
            { value: 'cross_border', label: translate('option.cross_border.cross_border') },
          ],
        },
      };
    case 'company.owners_provided':
    case 'company.directors_provided':
    case 'company.executives_provided':
      return attestation;
    case 'company.verification.document':
      return {
        type: 'file',
        help: translate('help.company.verification.document'),
        constraints: { ...documentUpload },
      };
    case 'external_account':
      return {
        type: 'bank_account',
        help: translate('help.external_account'),
        bankAccount: bankAccountConfig(context),
      };
    case 'tos_acceptance':
      return {
        type: 'tos',
        help: translate('help.tos_acceptance'),
        tos: { serviceAgreement: serviceAgreementOf(context.state) },
      };
    default:
      return null;
  }
}

function labelOf(key: string, context: FieldContext): string {
  if (key === 'tos_acceptance')
    return context.translate(`label.tos_acceptance.${serviceAgreementOf(context.state)}`);
  const perCountry = `label.${key}.${context.country}`;
  if (isMessageId(perCountry)) return context.translate(perCountry);
  const generic = `label.${key}`;
  return isMessageId(generic) ? context.translate(generic) : key;
}

/**
 * The spec of an account-level field (`business_profile.url`,
 * `company.tax_id`, `individual.dob`, `external_account`, …), or `null` for
 * a field this version cannot ask. Shared and frozen: spread it to add to it.
 *
 * @example accountFieldSpec('company.tax_id', context, { required: true, addressParts: [] })?.constraints?.format // 'us_ein'
 */
export function accountFieldSpec(key: string, context: FieldContext, use: FieldUse): FieldSpec | null {
  if (key.startsWith('individual.')) {
    return personFieldSpec(key.slice('individual.'.length), 'individual.', context, use, { adult: false });
  }
  // Rules and translations follow from the country and locale; of the state, only the ToS reads its agreement.
  const agreement = key === 'tos_acceptance' ? serviceAgreementOf(context.state) : '';
  const cacheKey = `account\u0000${context.country}\u0000${context.locale}\u0000${key}\u0000${use.required ? 1 : 0}\u0000${use.addressParts.join(',')}\u0000${agreement}`;
  return staticFieldSpec(cacheKey, () => {
    const shape = shapeOf(key, context, use);
    if (shape === null) return null;
    return {
      key,
      label: labelOf(key, context),
      required: use.required,
      ...shape,
      ...(sensitiveAccountFields.has(key) ? { sensitive: true } : {}),
    };
  });
}
