import { isFieldVisible } from '@onboardkit/schema';
import type { Ref } from 'react';
import { useFieldsContext } from '../fields/fields-context.js';
import type { OnboardingFlow } from '../onboarding-flow/use-onboarding-flow.js';
import { ReviewValue } from './review-value.js';

interface ReviewStepProps {
  flow: OnboardingFlow;
  headingRef: Ref<HTMLHeadingElement>;
  onExit: (() => void) | undefined;
}

/** Everything the steps asked, as the server now holds it, with a way back to each step. */
export function ReviewStep({ flow, headingRef, onExit }: ReviewStepProps) {
  const { locale, idPrefix } = useFieldsContext();
  const { messages } = locale;
  const allFields = flow.steps.flatMap((step) => step.fields);
  const values = Object.fromEntries(allFields.map((spec) => [spec.key, flow.wireValueOf(spec)]));
  const headingId = `${idPrefix}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h2 className="okit-heading" id={headingId} ref={headingRef} tabIndex={-1}>
        {messages.reviewTitle}
      </h2>
      <p className="okit-description">{messages.reviewDescription}</p>
      <div className="okit-review">
        {flow.steps.map((step) => {
          const titleId = `${idPrefix}-review-${step.id}`;
          return (
            <section key={step.id} className="okit-review-section" aria-labelledby={titleId}>
              <div className="okit-review-header">
                <h3 className="okit-review-title" id={titleId}>
                  {step.title}
                </h3>
                <button
                  type="button"
                  className="okit-button okit-button-link"
                  onClick={() => flow.goToStep(step.id)}
                >
                  {messages.edit}
                  <span className="okit-visually-hidden"> {step.title}</span>
                </button>
              </div>
              <dl>
                {step.fields
                  .filter((spec) => isFieldVisible(spec, values))
                  .map((spec) => (
                    <div key={spec.key} className="okit-review-row">
                      <dt>{spec.label}</dt>
                      <dd>
                        <ReviewValue spec={spec} value={values[spec.key]} />
                      </dd>
                    </div>
                  ))}
              </dl>
            </section>
          );
        })}
      </div>
      <div className="okit-actions">
        {onExit ? (
          <button type="button" className="okit-button okit-start" onClick={onExit}>
            {messages.exit}
          </button>
        ) : null}
        <button type="button" className="okit-button" onClick={flow.goBack}>
          {messages.back}
        </button>
        <button type="button" className="okit-button okit-button-primary" onClick={flow.finish}>
          {messages.finish}
        </button>
      </div>
    </section>
  );
}
