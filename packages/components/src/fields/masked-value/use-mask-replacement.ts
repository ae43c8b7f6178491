import { useEffect, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { FormValues } from '../../onboarding-flow/form-values.js';

/**
 * Switching a held sensitive value between its mask and new input: "Replace"
 * opens the input, "Keep current" clears what was typed and shows the mask
 * again. Focus follows the person's own switch (to the input, or back to the
 * Replace button) but never moves on first render.
 */
export function useMaskReplacement(name: string) {
  const { setValue } = useFormContext<FormValues>();
  const [replacing, setReplacing] = useState(false);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const replaceButtonRef = useRef<HTMLButtonElement | null>(null);
  const switched = useRef(false);
  useEffect(() => {
    if (!switched.current) return;
    switched.current = false;
    (replacing ? inputRef.current : replaceButtonRef.current)?.focus();
  }, [replacing]);
  const switchTo = (next: boolean) => {
    switched.current = true;
    setReplacing(next);
  };
  return {
    replacing,
    inputRef,
    replaceButtonRef,
    replace: () => switchTo(true),
    keepCurrent: () => {
      setValue(name, undefined);
      switchTo(false);
    },
  };
}
