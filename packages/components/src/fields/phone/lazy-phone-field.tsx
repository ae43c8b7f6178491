import { lazy, Suspense } from 'react';
import { FieldFrame } from '../field-frame/field-frame.js';
import { useFieldIds } from '../field-frame/use-field-ids.js';
import type { FieldWidgetProps } from '../field-widget-props.js';
import type { PhoneField } from './phone-field.js';

// libphonenumber's metadata weighs about a quarter of a page's JavaScript: it loads with the
// widget the first time a phone field shows (or ahead, from `preloadPhoneField`), not with the page.
let loading: Promise<{ default: typeof PhoneField }> | undefined;

/** Fetches the phone widget and libphonenumber, once; a failed load is tried again next time. */
export function preloadPhoneField(): Promise<{ default: typeof PhoneField }> {
  loading ??= import('./phone-field.js').then(
    (module) => ({ default: module.PhoneField }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

const PhoneWidget = lazy(preloadPhoneField);

/** Holds the field's place, label included, while the widget loads. */
function PhoneFieldPlaceholder({ spec, name }: FieldWidgetProps) {
  const ids = useFieldIds(name);
  return (
    <FieldFrame spec={spec} ids={ids} error={undefined}>
      <input id={ids.id} className="okit-input" type="tel" disabled aria-busy="true" />
    </FieldFrame>
  );
}

/** The phone widget, loaded on demand with libphonenumber (see `PhoneField`). */
export function LazyPhoneField(props: FieldWidgetProps) {
  return (
    <Suspense fallback={<PhoneFieldPlaceholder {...props} />}>
      <PhoneWidget {...props} />
    </Suspense>
  );
}
