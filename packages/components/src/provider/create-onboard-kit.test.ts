import { describe, expect, it, onTestFinished } from 'vitest';
import { createOnboardKit, internalsOf } from './create-onboard-kit.js';

const options = {
  apiBaseUrl: 'https://onboard.example.com',
  fetchClientSecret: async () => 'as_secret_never_fetched',
};

describe('createOnboardKit', () => {
  describe('given a browser without URL.canParse (Safari before 17)', () => {
    it('still checks apiBaseUrl', () => {
      const canParse = Object.getOwnPropertyDescriptor(URL, 'canParse');
      Reflect.deleteProperty(URL, 'canParse');
      onTestFinished(() => {
        if (canParse) Object.defineProperty(URL, 'canParse', canParse);
      });
      expect(() => createOnboardKit(options)).not.toThrow();
      expect(() => createOnboardKit({ ...options, apiBaseUrl: 'onboard.example.com' })).toThrow(
        /needs apiBaseUrl: the absolute URL/,
      );
    });
  });

  describe('update', () => {
    it('goes back to the default look when given appearance: undefined, and keeps it when left out', () => {
      const onboardKit = createOnboardKit({ ...options, appearance: { theme: 'dark' } });
      const { getState } = internalsOf(onboardKit);
      onboardKit.update({ locale: 'en' });
      expect(getState().appearance).toEqual({ theme: 'dark' });
      onboardKit.update({ appearance: undefined });
      expect(getState().appearance).toBeUndefined();
    });
  });
});
