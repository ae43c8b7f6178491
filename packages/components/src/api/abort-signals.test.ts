import { describe, expect, it, vi } from 'vitest';
import { eitherSignal } from './abort-signals.js';

describe('eitherSignal', () => {
  it('aborts with the reason of whichever signal aborts first', () => {
    const caller = new AbortController();
    const logout = new AbortController();
    const { signal } = eitherSignal(caller.signal, undefined, logout.signal);
    logout.abort('logged out');
    caller.abort('too late');
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe('logged out');
  });

  it('starts aborted when a signal already is', () => {
    const { signal } = eitherSignal(AbortSignal.abort('gone'), new AbortController().signal);
    expect(signal.reason).toBe('gone');
  });

  it('stops listening to a long-lived signal once released', () => {
    const logout = new AbortController();
    const removed = vi.spyOn(logout.signal, 'removeEventListener');
    const { signal, release } = eitherSignal(logout.signal);
    release();
    expect(removed).toHaveBeenCalledTimes(1);
    logout.abort();
    expect(signal.aborted).toBe(false);
  });
});
