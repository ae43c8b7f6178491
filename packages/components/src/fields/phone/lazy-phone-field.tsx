import { type ComponentType, lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import type { FormValues } from '../../onboarding-flow/form-values.js';
import { FieldFrame } from '../field-frame/field-frame.js';
import { describedBy } from '../field-frame/field-ids.js';
import { useFieldError } from '../field-frame/use-field-error.js';
import { useFieldIds } from '../field-frame/use-field-ids.js';
import type { FieldWidgetProps } from '../field-widget-props.js';
import { useFieldsContext } from '../fields-context.js';
import { WidgetLoadBoundary } from '../widget-load-boundary/widget-load-boundary.js';
import type { PhoneField } from './phone-field.js';

type PhoneWidgetModule = { default: typeof PhoneField };

type LoadPhoneWidget = () => Promise<{ PhoneField: typeof PhoneField }>;

const loadChunk: LoadPhoneWidget = () => import('./phone-field.js');
let loadWidget = loadChunk;

// libphonenumber's metadata weighs about a quarter of a page's JavaScript: it loads with the
// widget the first time a phone field shows (or ahead, from `preloadPhoneField`), not with the page.
let loading: Promise<PhoneWidgetModule> | undefined;

/** Fetches the phone widget and libphonenumber, once; a failed load is tried again next time. */
export function preloadPhoneField(): Promise<PhoneWidgetModule> {
  loading ??= loadWidget().then(
    (module) => ({ default: module.PhoneField }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

// React.lazy keeps a rejected load and throws it on every later render: trying again takes a new one.
let currentWidget: ComponentType<FieldWidgetProps> = lazy(preloadPhoneField);

/** A lazy widget to replace `failed` with, shared by every phone field that retries after the same failure. */
function renewWidget(failed: ComponentType<FieldWidgetProps>) {
  if (currentWidget === failed) currentWidget = lazy(preloadPhoneField);
  return currentWidget;
}

/**
 * Test seam: the widget's code comes from `load` (a load that fails, say)
 * until the returned function puts the real chunk back. Either way a widget
 * loaded before is forgotten, as on a fresh page.
 */
export function loadPhoneWidgetFrom(load: LoadPhoneWidget): () => void {
  const use = (next: LoadPhoneWidget) => {
    loadWidget = next;
    loading = undefined;
    currentWidget = lazy(preloadPhoneField);
  };
  use(load);
  return () => use(loadChunk);
}

/**
 * What a phone number typed without the widget is sent as: an international
 * number without its punctuation (E.164, as the widget sends it); anything
 * else as typed, for the server to read in the account's country as it reads
 * every phone number.
 */
function typedPhoneValue(typed: string): string {
  const trimmed = typed.trim();
  return trimmed.startsWith('+') ? trimmed.replace(/[\s().-]/g, '') : trimmed;
}

/** Holds the field's place, label included, while the widget loads. */
function PhoneFieldPlaceholder({ spec, name }: FieldWidgetProps) {
  const ids = useFieldIds(name);
  return (
    <FieldFrame spec={spec} ids={ids} error={undefined}>
      <input id={ids.id} className="okit-input" type="tel" disabled aria-busy="true" />
    </FieldFrame>
  );
}

interface PhoneFieldFallbackProps extends FieldWidgetProps {
  onRetry: () => void;
  /** After a retry that failed again: the Retry button takes the focus back. */
  focusRetry: boolean;
}

/**
 * In the widget's place when it could not load: one plain phone input, so the
 * person can carry on, and a button that loads the widget again.
 */
function PhoneFieldFallback({ spec, name, onRetry, focusRetry }: PhoneFieldFallbackProps) {
  const { locale } = useFieldsContext();
  const { field } = useController<FormValues>({ name });
  const ids = useFieldIds(name);
  const error = useFieldError(name, spec);
  const [typed, setTyped] = useState(() => (typeof field.value === 'string' ? field.value : ''));
  const retryRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRetry) retryRef.current?.focus();
  }, [focusRetry]);
  const noticeId = `${ids.id}-load-failed`;
  return (
    <FieldFrame spec={spec} ids={ids} error={error}>
      <input
        id={ids.id}
        ref={field.ref}
        name={field.name}
        className="okit-input"
        type="tel"
        autoComplete="tel"
        placeholder={spec.placeholder}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          field.onChange(typedPhoneValue(event.target.value));
        }}
        onBlur={field.onBlur}
        required={spec.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(spec.help && ids.helpId, noticeId, error && ids.errorId)}
      />
      <div className="okit-alert" role="alert">
        <p id={noticeId}>{locale.messages.phoneWidgetLoadFailed}</p>
        <button ref={retryRef} type="button" className="okit-button" onClick={onRetry}>
          {locale.messages.retry}
        </button>
      </div>
    </FieldFrame>
  );
}

/** Focuses the element with `id` once it is shown: inside a Suspense boundary, once what it waited for loaded. */
function FocusWhenShown({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
  return null;
}

/**
 * The phone widget, loaded on demand with libphonenumber (see `PhoneField`).
 * If its code cannot load, a plain phone input and a Retry button show in its
 * place; the failure never reaches the host page.
 */
export function LazyPhoneField(props: FieldWidgetProps) {
  const ids = useFieldIds(props.name);
  const [load, setLoad] = useState(() => ({ Widget: currentWidget, attempt: 0 }));
  const { Widget, attempt } = load;
  const retry = () => setLoad({ Widget: renewWidget(Widget), attempt: attempt + 1 });
  return (
    <WidgetLoadBoundary
      key={attempt}
      fallback={<PhoneFieldFallback {...props} onRetry={retry} focusRetry={attempt > 0} />}
    >
      <Suspense fallback={<PhoneFieldPlaceholder {...props} />}>
        <Widget {...props} />
        {attempt > 0 ? <FocusWhenShown id={ids.id} /> : null}
      </Suspense>
    </WidgetLoadBoundary>
  );
}
