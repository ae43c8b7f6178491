import { Component, type ReactNode } from 'react';

interface WidgetLoadBoundaryProps {
  /** What shows in the widget's place once it failed to load or render. */
  fallback: ReactNode;
  children: ReactNode;
}

interface WidgetLoadBoundaryState {
  failed: boolean;
}

/**
 * Keeps a widget that loads on demand from taking the host page down: a
 * failed chunk (a flaky network, a deploy that renamed the chunks) rejects
 * the lazy component, which React throws on render, and without a boundary
 * of ours the host's React root would unmount. Remount it with a new `key` to
 * try again.
 */
export class WidgetLoadBoundary extends Component<WidgetLoadBoundaryProps, WidgetLoadBoundaryState> {
  override state: WidgetLoadBoundaryState = { failed: false };

  static getDerivedStateFromError(): WidgetLoadBoundaryState {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
