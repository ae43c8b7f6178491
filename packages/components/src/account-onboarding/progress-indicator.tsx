import type { Step } from '@onboardkit/schema';
import { formatMessage } from '../i18n/format-message.js';
import type { Messages } from '../i18n/messages.js';

interface ProgressIndicatorProps {
  steps: readonly Step[];
  /** 0-based; `steps.length` is the review. */
  current: number;
  messages: Messages;
}

/** The steps and the review, the current one marked for sight and for screen readers. */
export function ProgressIndicator({ steps, current, messages }: ProgressIndicatorProps) {
  const titles = [...steps.map((step) => step.title), messages.reviewTitle];
  const position = Math.min(current, titles.length - 1);
  return (
    <div className="okit-progress-wrapper">
      <p className="okit-muted">
        {formatMessage(messages.progress, { current: position + 1, total: titles.length })}
      </p>
      <ol className="okit-progress" aria-label={messages.progressLabel}>
        {titles.map((title, index) => (
          <li
            // Titles may repeat across steps; the order is fixed for a document.
            // biome-ignore lint/suspicious/noArrayIndexKey: the position is the identity here.
            key={index}
            className="okit-progress-step"
            aria-current={index === position ? 'step' : undefined}
            data-done={index < position || undefined}
          >
            <span className="okit-progress-marker" aria-hidden="true" />
            {title}
            {index < position ? <span className="okit-visually-hidden"> ({messages.stepDone})</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
