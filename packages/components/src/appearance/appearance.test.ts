import { describe, expect, it } from 'vitest';
import { appearanceProperties } from './appearance.js';
import { stylesheet } from './stylesheet.js';

describe('appearance', () => {
  it('maps Stripe’s variable names to the prefixed custom properties and ignores the rest', () => {
    expect(
      appearanceProperties({
        variables: { colorPrimary: '#0a2540', borderRadius: '2px', fontSizeBase: ' ' },
        // @ts-expect-error a platform may pass names from a newer Stripe release
        unknownTopLevel: true,
      }),
    ).toEqual({ '--okit-color-primary': '#0a2540', '--okit-border-radius': '2px' });
    expect(appearanceProperties({ variables: { colorText: 42 } as never })).toEqual({});
  });

  it('scopes every rule of the stylesheet under the root class', () => {
    const selectors = stylesheet
      .split('}')
      .map((rule) => rule.split('{')[0]?.trim() ?? '')
      .filter((selector) => selector !== '');
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors.flatMap((list) => list.split(','))) {
      expect(selector.trim()).toMatch(/^\.okit-root\b/);
    }
  });
});
