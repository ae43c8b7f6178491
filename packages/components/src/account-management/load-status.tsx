import type { Messages } from '../i18n/messages.js';

interface LoadStatusProps {
  status: 'loading' | 'error' | 'ready';
  messages: Messages;
  onRetry: () => void;
}

/** What a styled component shows before its data is in: a loading line, or the failure and a retry. */
export function LoadStatus({ status, messages, onRetry }: LoadStatusProps) {
  if (status === 'loading') {
    return (
      <p className="okit-muted" role="status">
        {messages.loading}
      </p>
    );
  }
  if (status === 'error') {
    return (
      <div className="okit-alert" role="alert">
        <p>{messages.loadErrorTitle}</p>
        <button type="button" className="okit-button" onClick={onRetry}>
          {messages.retry}
        </button>
      </div>
    );
  }
  return null;
}
