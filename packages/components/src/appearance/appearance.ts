/**
 * Appearance variables, with the names of Stripe's Connect embedded
 * components so a platform's existing theme carries over. Values are CSS.
 */
export interface AppearanceVariables {
  colorPrimary?: string;
  colorBackground?: string;
  colorText?: string;
  colorSecondaryText?: string;
  colorDanger?: string;
  colorBorder?: string;
  fontFamily?: string;
  fontSizeBase?: string;
  spacingUnit?: string;
  borderRadius?: string;
  buttonPrimaryColorBackground?: string;
  buttonPrimaryColorText?: string;
  formHighlightColorBorder?: string;
  formAccentColor?: string;
}

/** How the components look: a base theme and variables laid over it. */
export interface Appearance {
  /** The default colours to start from; both meet WCAG AA contrast. */
  theme?: 'light' | 'dark';
  variables?: AppearanceVariables;
}

/** Each variable's CSS custom property; the stylesheet reads only these. */
const customProperties: Record<keyof AppearanceVariables, `--okit-${string}`> = {
  colorPrimary: '--okit-color-primary',
  colorBackground: '--okit-color-background',
  colorText: '--okit-color-text',
  colorSecondaryText: '--okit-color-secondary-text',
  colorDanger: '--okit-color-danger',
  colorBorder: '--okit-color-border',
  fontFamily: '--okit-font-family',
  fontSizeBase: '--okit-font-size-base',
  spacingUnit: '--okit-spacing-unit',
  borderRadius: '--okit-border-radius',
  buttonPrimaryColorBackground: '--okit-button-primary-background',
  buttonPrimaryColorText: '--okit-button-primary-text',
  formHighlightColorBorder: '--okit-form-highlight-border',
  formAccentColor: '--okit-form-accent',
};

/**
 * The custom properties to set on the root element for an appearance. Unknown
 * names and non-string values are ignored; a value cannot close the
 * declaration because it is set through the CSSOM, not as CSS text.
 *
 * @example appearanceProperties({ variables: { colorPrimary: '#0a7' } }) // { '--okit-color-primary': '#0a7' }
 */
export function appearanceProperties(appearance: Appearance | undefined): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const [name, value] of Object.entries(appearance?.variables ?? {})) {
    const property = customProperties[name as keyof AppearanceVariables];
    if (property !== undefined && typeof value === 'string' && value.trim() !== '') {
      properties[property] = value;
    }
  }
  return properties;
}
