import { addressPartNames, type FieldSpec, isBlank } from '@onboardkit/schema';
import { formatMessage } from '../i18n/format-message.js';
import type { ResolvedLocale } from '../i18n/locale-choice.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatDate(value: string, locale: ResolvedLocale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(locale.tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

function personName(item: unknown): string | undefined {
  if (!isRecord(item) || !isRecord(item.values)) return undefined;
  const values = item.values;
  const part = (suffix: string) => Object.entries(values).find(([key]) => key.endsWith(suffix))?.[1];
  const name = [part('first_name'), part('last_name')].filter((text) => typeof text === 'string').join(' ');
  return name === '' ? undefined : name;
}

/** Field types whose values read left to right in every language: numbers, addresses on the web, masks. */
const leftToRightTypes = new Set(['email', 'phone', 'url', 'id_number', 'tax_id', 'bank_account']);

/** A field's value as the review shows it: the value, and the reader's words before it, if any. */
export interface DisplayedValue {
  /** Words in the reader's language before the value: "Provided" before a mask. */
  lead?: string;
  text: string;
  /**
   * The text reads left to right whatever the language around it (a phone
   * number, an e-mail address, "•••• 6789"): in a right-to-left page it must
   * be set apart as left to right, or "+14155552671" shows as "14155552671+".
   */
  leftToRight: boolean;
}

/**
 * A field's value as the review shows it, in the reader's locale: option
 * labels rather than codes, dates and percentages through `Intl`, sensitive
 * values only as their mask.
 */
export function displayValue(spec: FieldSpec, value: unknown, locale: ResolvedLocale): DisplayedValue {
  const { messages } = locale;
  if (spec.mask?.provided && isBlank(value)) {
    return spec.mask.last4
      ? { lead: messages.provided, text: `•••• ${spec.mask.last4}`, leftToRight: true }
      : { text: messages.provided, leftToRight: false };
  }
  if (isBlank(value)) return { text: messages.notProvided, leftToRight: false };
  return { text: valueText(spec, value, locale), leftToRight: leftToRightTypes.has(spec.type) };
}

function valueText(spec: FieldSpec, value: unknown, locale: ResolvedLocale): string {
  const { messages } = locale;
  switch (spec.type) {
    case 'boolean':
    case 'tos':
      return value === true ? messages.yes : messages.no;
    case 'date':
      return typeof value === 'string' ? formatDate(value, locale) : messages.notProvided;
    case 'select':
      return spec.constraints?.options?.find((option) => option.value === value)?.label ?? String(value);
    case 'country':
      return typeof value === 'string'
        ? (new Intl.DisplayNames([locale.tag, 'en'], { type: 'region', fallback: 'code' }).of(value) ?? value)
        : String(value);
    case 'percent':
      return typeof value === 'number'
        ? new Intl.NumberFormat(locale.tag, { style: 'percent', maximumFractionDigits: 2 }).format(
            value / 100,
          )
        : String(value);
    case 'address':
      return isRecord(value)
        ? addressPartNames
            .flatMap((part) => (typeof value[part] === 'string' ? [value[part]] : []))
            .join(', ')
        : messages.notProvided;
    case 'bank_account':
    case 'id_number':
    case 'tax_id': {
      // Typed but not yet sent: still show only its end.
      const text = isRecord(value) ? String(value.iban ?? value.account_number ?? '') : String(value);
      return spec.sensitive ? `•••• ${text.slice(-4)}` : text;
    }
    case 'file':
      return messages.provided;
    case 'person_list':
      return Array.isArray(value)
        ? value
            .map(
              (item: unknown, index) =>
                personName(item) ?? formatMessage(messages.personFallbackName, { number: index + 1 }),
            )
            .join(', ')
        : messages.notProvided;
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
