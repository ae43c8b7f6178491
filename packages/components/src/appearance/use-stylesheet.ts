import { useInsertionEffect } from 'react';
import { stylesheet } from './stylesheet.js';

const marker = 'data-okit-styles';

/**
 * Puts the components' one `<style>` tag into the document's head the first
 * time any of them renders, with the platform's CSP nonce. It stays for the
 * page's life: it is small, and every rule is scoped under `.okit-root`.
 */
export function useStylesheet(nonce: string | undefined): void {
  useInsertionEffect(() => {
    if (document.head.querySelector(`style[${marker}]`)) return;
    const style = document.createElement('style');
    style.setAttribute(marker, '');
    if (nonce !== undefined) style.nonce = nonce;
    style.textContent = stylesheet;
    document.head.append(style);
  }, [nonce]);
}
