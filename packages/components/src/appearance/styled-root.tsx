import type { CSSProperties, ReactNode } from 'react';
import { useOnboardKitInternals, useOnboardKitState } from '../provider/onboard-kit-provider.js';
import { appearanceProperties } from './appearance.js';
import { useStylesheet } from './use-stylesheet.js';

/**
 * The root element of every styled component: the scope of the stylesheet,
 * the appearance's custom properties, and the locale's language and direction.
 */
export function StyledRoot({ children }: { children: ReactNode }) {
  const { styleNonce } = useOnboardKitInternals();
  const { appearance, locale } = useOnboardKitState();
  useStylesheet(styleNonce);
  return (
    <div
      className="okit-root"
      dir={locale.direction}
      lang={locale.tag}
      data-okit-theme={appearance?.theme ?? 'light'}
      style={appearanceProperties(appearance) as CSSProperties}
    >
      {children}
    </div>
  );
}
