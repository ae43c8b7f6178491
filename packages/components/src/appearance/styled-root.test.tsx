import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { AccountOnboarding } from '../account-onboarding/account-onboarding.js';
import { expectNoAxeViolations } from '../test-support/expect-accessible.js';
import { renderOnboarding } from '../test-support/render-onboarding.js';
import { renderWithKit } from '../test-support/render-with-kit.js';
import { returningUsIndividual } from '../test-support/test-accounts.js';

/** A global reset of the kind host pages ship: every element and every form control restyled. */
const hostReset = `
  *, *::before, *::after { box-sizing: content-box; font: 10px serif; color: red; margin: 0; padding: 0;
    line-height: 3; letter-spacing: 2px; text-transform: uppercase; border-color: lime; }
  input, button, select, textarea { all: unset; }
  h1, h2, h3 { font-size: 8px; }
  p { margin: 40px; }
  ul, ol { list-style: none; }
  a { color: inherit; text-decoration: none; }
  fieldset, legend { border: 0; }
`;

function addHostStyles(css: string) {
  const style = document.createElement('style');
  style.dataset.host = '';
  style.textContent = css;
  document.head.append(style);
  return style;
}

afterEach(() => {
  for (const element of document.querySelectorAll('style[data-host], [data-host-element]')) element.remove();
});

/** Lets the browser apply a style change and paint it before the next look. */
function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

async function pixelsOf(base64: string) {
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas to read the screenshot with.');
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** How many pixels two screenshots differ by, and the box around them, to say where. */
async function pixelDifference(before: string, after: string) {
  const [a, b] = await Promise.all([pixelsOf(before), pixelsOf(after)]);
  if (a.width !== b.width || a.height !== b.height) {
    return { pixels: Number.POSITIVE_INFINITY, size: `${a.width}×${a.height} → ${b.width}×${b.height}` };
  }
  let pixels = 0;
  const box = { left: a.width, top: a.height, right: -1, bottom: -1 };
  for (let offset = 0; offset < a.data.length; offset += 4) {
    const same =
      a.data[offset] === b.data[offset] &&
      a.data[offset + 1] === b.data[offset + 1] &&
      a.data[offset + 2] === b.data[offset + 2] &&
      a.data[offset + 3] === b.data[offset + 3];
    if (same) continue;
    pixels += 1;
    const x = (offset / 4) % a.width;
    const y = Math.floor(offset / 4 / a.width);
    box.left = Math.min(box.left, x);
    box.top = Math.min(box.top, y);
    box.right = Math.max(box.right, x);
    box.bottom = Math.max(box.bottom, y);
  }
  return { pixels, box };
}

/** Waits until the widgets loaded apart (the phone field's) are in: the tree stops changing. */
async function untilSettled(root: Element) {
  let count = -1;
  while (count !== root.querySelectorAll('*').length) {
    count = root.querySelectorAll('*').length;
    await new Promise((resolve) => setTimeout(resolve, 250));
    await nextFrame();
  }
}

type Look = Map<string, string>;

/** Where an element sits under `root`, to name it in a difference. */
function describeElement(element: Element, index: number) {
  return `#${index} <${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`;
}

/** Every computed property of `elements`, one entry per element and property. */
function computedLook(elements: readonly Element[]): Look {
  const look: Look = new Map();
  elements.forEach((element, index) => {
    const style = getComputedStyle(element);
    for (const name of Array.from(style)) {
      look.set(`${describeElement(element, index)} ${name}`, style.getPropertyValue(name));
    }
  });
  return look;
}

/** One line per property that changed between two looks, so a failure says what moved. */
function differences(before: Look, after: Look): string[] {
  return [...before].flatMap(([key, value]) =>
    after.get(key) === value ? [] : [`${key}: ${value} → ${after.get(key)}`],
  );
}

function elementsUnder(root: Element) {
  return [root, ...root.querySelectorAll('*')];
}

describe('StyledRoot', () => {
  describe('given a platform appearance and a CSP nonce', () => {
    it('sets the variables on the root and adds one style tag with the nonce', async () => {
      const { screen } = await renderOnboarding(await returningUsIndividual(), {
        kit: {
          appearance: { variables: { colorPrimary: 'rgb(10, 37, 64)', borderRadius: '0px' } },
          styleNonce: 'n0nce',
        },
      });
      const button = screen.getByRole('button', { name: 'Continue' });
      await expect.element(button).toBeVisible();
      expect(getComputedStyle(button.element()).backgroundColor).toBe('rgb(10, 37, 64)');
      expect(getComputedStyle(button.element()).borderTopLeftRadius).toBe('0px');
      const styles = document.querySelectorAll<HTMLStyleElement>('style[data-okit-styles]');
      expect(styles).toHaveLength(1);
      expect(styles[0]?.nonce).toBe('n0nce');
    });
  });

  describe('given a host page with a global CSS reset', () => {
    it('renders as without the reset: the same computed styles and the same pixels', async () => {
      const { screen } = await renderWithKit(
        await returningUsIndividual(),
        // A fixed width, so the reset's body margin cannot change the space the component is given.
        <div style={{ width: '560px' }}>
          <AccountOnboarding />
        </div>,
      );
      await expect.element(screen.getByRole('button', { name: 'Continue' })).toBeVisible();
      const root = screen.container.querySelector('.okit-root');
      if (!root) throw new Error('AccountOnboarding rendered no .okit-root.');
      // The phone field loads apart; its select of calling codes says it is in.
      await expect.element(screen.getByRole('combobox', { name: 'Country code' })).toBeInTheDocument();
      await untilSettled(root);
      const lookBefore = computedLook(elementsUnder(root));
      const pixelsBefore = await page.screenshot({ element: root, save: false });

      addHostStyles(hostReset);
      await nextFrame();
      // Every computed property of every element is the same…
      expect(differences(lookBefore, computedLook(elementsUnder(root)))).toEqual([]);
      // …and so are the pixels, but for the antialiasing of one placeholder, which Chromium redraws
      // a few dozen pixels differently after any host style touching inputs (same computed styles).
      // A broken look (a font, a colour, a padding) changes tens of thousands.
      const pixelsAfter = await page.screenshot({ element: root, save: false });
      const { width, height } = root.getBoundingClientRect();
      const difference = await pixelDifference(pixelsBefore, pixelsAfter);
      expect(difference.pixels, JSON.stringify(difference)).toBeLessThan(width * height * 0.0005);
      await expectNoAxeViolations(screen.container);
    });
  });

  describe('given a host page with elements of its own', () => {
    it('leaves every computed style of the host’s elements as it was', async () => {
      const host = document.createElement('div');
      host.dataset.hostElement = '';
      host.innerHTML =
        '<h2>Host heading</h2><p>Host text <a href="#x">link</a></p><label>Host <input value="x"></label>' +
        '<button type="button">Host button</button><select><option>Host</option></select>' +
        '<fieldset><legend>Host legend</legend></fieldset><ul><li>Host item</li></ul>';
      document.body.prepend(host);
      const hostElements = [host, ...host.querySelectorAll('*')];
      const before = computedLook(hostElements);

      const { screen } = await renderOnboarding(await returningUsIndividual(), {
        kit: { appearance: { theme: 'dark' } },
      });
      await expect.element(screen.getByRole('button', { name: 'Continue' })).toBeVisible();
      expect(document.querySelectorAll('style[data-okit-styles]')).toHaveLength(1);
      expect(differences(before, computedLook(hostElements))).toEqual([]);
    });
  });
});
