import { type FieldSpec, isFieldVisible, type Mask } from '@onboardkit/schema';
import { type ReactNode, useEffect, useRef } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { formatMessage } from '../../i18n/format-message.js';
import { fieldName, personFieldName } from '../../onboarding-flow/field-names.js';
import { type FormValues, toWireValues } from '../../onboarding-flow/form-values.js';
import { FieldErrorText, FieldHelp, FieldLabel } from '../field-frame/field-frame.js';
import { useFieldError } from '../field-frame/use-field-error.js';
import { useFieldIds } from '../field-frame/use-field-ids.js';
import type { FieldWidgetProps } from '../field-widget-props.js';
import { useFieldsContext } from '../fields-context.js';

const ownershipKey = 'relationship.percent_ownership';

interface PersonListFieldProps extends FieldWidgetProps {
  /** Renders one field of a person (the field dispatcher, passed in to keep modules acyclic). */
  renderField: (spec: FieldSpec, name: string) => ReactNode;
}

interface PersonItem {
  id?: string;
  values?: FormValues;
  masks?: Record<string, Mask>;
}

/** react-hook-form types field arrays by path; ours are named at run time, so view the form as lists of persons. */
type PersonListForm = Record<string, PersonItem[]>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nameOf(values: FormValues | undefined): string {
  const part = (suffix: string) => Object.entries(values ?? {}).find(([key]) => key.endsWith(suffix))?.[1];
  return [part('first_name'), part('last_name')]
    .filter((text) => typeof text === 'string' && text.trim())
    .join(' ');
}

interface PersonProps {
  spec: FieldSpec;
  name: string;
  index: number;
  item: PersonItem;
  onRemove: () => void;
  renderField: PersonListFieldProps['renderField'];
}

function Person({ spec, name, index, item, onRemove, renderField }: PersonProps) {
  const { messages } = useFieldsContext().locale;
  const fields = spec.personList?.fields ?? [];
  const watched: unknown = useWatch({ name: `${name}.${index}.values` });
  const values = isRecord(watched) ? watched : {};
  const wire = toWireValues(fields, values);
  const title = nameOf(values) || formatMessage(messages.personFallbackName, { number: index + 1 });
  const legendId = `${useFieldIds(`${name}.${index}`).id}-legend`;
  return (
    <li className="okit-person">
      <fieldset className="okit-field" aria-labelledby={legendId}>
        <legend className="okit-legend" id={legendId}>
          {title}
        </legend>
        {fields
          .filter((field) => isFieldVisible(field, wire))
          .map((field) => {
            const mask = item.masks?.[field.key];
            const personSpec = mask ? { ...field, mask } : field;
            return (
              <div key={field.key}>{renderField(personSpec, personFieldName(name, index, field.key))}</div>
            );
          })}
      </fieldset>
      <div className="okit-actions">
        <button type="button" className="okit-button" onClick={onRemove}>
          {messages.removePerson}
          <span className="okit-visually-hidden"> {title}</span>
        </button>
      </div>
    </li>
  );
}

/**
 * The owners, directors or executives of a company: add, edit and remove
 * people, each with the list's fields, and the ownership total as it adds up.
 */
export function PersonListField({ spec, name, renderField }: PersonListFieldProps) {
  const { locale } = useFieldsContext();
  const { messages } = locale;
  const ids = useFieldIds(name);
  const error = useFieldError(name, spec);
  const { control } = useFormContext<PersonListForm>();
  const { fields, append, remove } = useFieldArray<PersonListForm, string, 'fieldKey'>({
    control,
    name,
    keyName: 'fieldKey',
  });
  const all: unknown = useWatch({ name });
  const hasOwnership = (spec.personList?.fields ?? []).some((field) => field.key === ownershipKey);
  const total = Array.isArray(all)
    ? all.reduce<number>((sum, item: unknown) => {
        const share =
          isRecord(item) && isRecord(item.values) ? item.values[fieldName(ownershipKey)] : undefined;
        return typeof share === 'number' && Number.isFinite(share) ? sum + share : sum;
      }, 0)
    : 0;
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const focusAfter = useRef<'added' | 'removed' | null>(null);
  // Runs after every render, acting only right after an add or a remove.
  useEffect(() => {
    if (focusAfter.current === 'added')
      list.current?.querySelector<HTMLElement>('li:last-child input, li:last-child select')?.focus();
    if (focusAfter.current === 'removed') addButton.current?.focus();
    focusAfter.current = null;
  });
  const percent = new Intl.NumberFormat(locale.tag, { style: 'percent', maximumFractionDigits: 2 });

  return (
    <fieldset className="okit-field" data-field={spec.key}>
      <FieldLabel spec={spec} as="legend" />
      <FieldHelp spec={spec} ids={ids} />
      {fields.length === 0 ? <p className="okit-muted">{messages.noPersons}</p> : null}
      <ul className="okit-person-list" ref={list}>
        {fields.map((item, index) => (
          <Person
            key={item.fieldKey}
            spec={spec}
            name={name}
            index={index}
            item={item}
            renderField={renderField}
            onRemove={() => {
              focusAfter.current = 'removed';
              remove(index);
            }}
          />
        ))}
      </ul>
      {hasOwnership ? (
        <p className="okit-help" aria-live="polite">
          {formatMessage(messages.ownershipTotal, { percent: percent.format(total / 100) })}
        </p>
      ) : null}
      <FieldErrorText id={ids.errorId} message={error} />
      <div>
        <button
          ref={addButton}
          type="button"
          className="okit-button"
          aria-describedby={error ? ids.errorId : undefined}
          data-okit-invalid={error ? true : undefined}
          onClick={() => {
            focusAfter.current = 'added';
            append({ values: {}, masks: {} });
          }}
        >
          {messages.addPerson}
        </button>
      </div>
    </fieldset>
  );
}
