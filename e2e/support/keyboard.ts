import { expect, type Locator, type Page } from '@playwright/test';
import { group, type LabelledValues, labelled } from './fill-by-label.js';

/** More Tab presses than any page of the demo has stops: reaching none of them is a failure. */
const maxTabStops = 150;

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === element.ownerDocument.activeElement);
}

/**
 * Presses Tab until `target` has focus, as a keyboard user moves through the
 * page; fails when it is not in the tab order.
 */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  if (await isFocused(target)) return;
  for (let presses = 0; presses < maxTabStops; presses += 1) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
  }
  throw new Error(`${maxTabStops} presses of Tab never reached ${target}.`);
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/**
 * Chooses an option of a focused `<select>` as a keyboard user does: types
 * the first word of its label to jump near it, then arrows to it.
 */
async function chooseByKeyboard(page: Page, select: Locator, value: string): Promise<void> {
  const indexes = () =>
    select.evaluate((element, wanted) => {
      const list = element as HTMLSelectElement;
      const target = [...list.options].findIndex(
        (option) => option.value === wanted || option.label === wanted,
      );
      return { current: list.selectedIndex, target, label: list.options[target]?.label ?? '' };
    }, value);
  const { target, label } = await indexes();
  if (target === -1) throw new Error(`${select} has no option ${value}.`);
  await page.keyboard.type(label.split(' ')[0] ?? label);
  for (let presses = 0; presses < 400; presses += 1) {
    const { current } = await indexes();
    if (current === target) break;
    await page.keyboard.press(current < target ? 'ArrowDown' : 'ArrowUp');
  }
  expect((await indexes()).current).toBe(target);
}

/** Types a `YYYY-MM-DD` date into a focused date input, in the en-US order of its segments. */
async function typeDate(page: Page, input: Locator, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
  await expect(input).toHaveValue(isoDate);
}

/** `fillByLabel` with the keyboard only: Tab to each control, then type, choose or press Space. */
export async function fillByKeyboard(page: Page, scope: Locator, values: LabelledValues): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    if (typeof value === 'object') {
      await fillByKeyboard(page, group(scope, label), value);
      continue;
    }
    const control = scope.getByLabel(labelled(label));
    await tabTo(page, control);
    if (typeof value === 'boolean') {
      if ((await control.isChecked()) !== value) await page.keyboard.press('Space');
      await expect(control).toBeChecked({ checked: value });
      continue;
    }
    const kind = await control.evaluate((element) =>
      element.tagName === 'SELECT' ? 'select' : (element as HTMLInputElement).type,
    );
    if (kind === 'select') await chooseByKeyboard(page, control, value);
    else if (kind === 'date') await typeDate(page, control, value);
    else {
      await page.keyboard.type(value);
      await expect(control).toHaveValue(value);
    }
  }
}

/** Tabs into a radio group, then arrows to the radio named `name` and selects it. */
export async function chooseRadio(page: Page, name: string): Promise<void> {
  const target = page.getByRole('radio', { name, exact: true });
  await expect(target).toBeVisible();
  const focusedIsRadio = () =>
    page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
  for (let presses = 0; !(await focusedIsRadio()); presses += 1) {
    if (presses >= maxTabStops) throw new Error(`Tab never reached the radio group of ${name}.`);
    await page.keyboard.press('Tab');
  }
  for (let arrows = 0; arrows < 10 && !(await isFocused(target)); arrows += 1) {
    await page.keyboard.press('ArrowDown');
  }
  if (!(await target.isChecked())) await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}
