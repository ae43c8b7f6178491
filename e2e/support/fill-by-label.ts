import { expect, type Locator } from '@playwright/test';

/**
 * What to enter in a part of a form, keyed by accessible names as a person
 * reads them (the labels come from the session server's requirements
 * document, or the components' own words for the parts of a field):
 * - a string fills a text input or chooses a `<select>` option by value or label;
 * - a boolean checks or unchecks a checkbox;
 * - an object fills the group (`<fieldset>`) of that name, such as an address
 *   or a bank account, with its own labels.
 */
export interface LabelledValues {
  [label: string]: string | boolean | LabelledValues;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The accessible name of a control or group, with or without the "(optional)" an optional one carries. */
export function labelled(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}\\s*(\\(optional\\))?$`);
}

/** The group (fieldset) named `name` inside `scope`. */
export function group(scope: Locator, name: string): Locator {
  return scope.getByRole('group', { name: labelled(name) });
}

/** Sets one control, whatever kind the label names. */
export async function setControl(control: Locator, value: string | boolean): Promise<void> {
  if (typeof value === 'boolean') {
    await control.setChecked(value);
    return;
  }
  const tag = await control.evaluate((element) => element.tagName.toLowerCase());
  if (tag === 'select') await control.selectOption(value);
  else await control.fill(value);
}

/** Fills `scope` with `values`, in the order given (visibility conditions may depend on it). */
export async function fillByLabel(scope: Locator, values: LabelledValues): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    if (typeof value === 'object') await fillByLabel(group(scope, label), value);
    else await setControl(scope.getByLabel(labelled(label)), value);
  }
}

/** Expects `scope` to hold `values`, as `fillByLabel` would have entered them (select options by value). */
export async function expectFilled(scope: Locator, values: LabelledValues): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    if (typeof value === 'object') await expectFilled(group(scope, label), value);
    else if (typeof value === 'boolean')
      await expect(scope.getByLabel(labelled(label))).toBeChecked({ checked: value });
    else await expect(scope.getByLabel(labelled(label))).toHaveValue(value);
  }
}
