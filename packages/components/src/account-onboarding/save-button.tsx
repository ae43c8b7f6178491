export interface SaveButtonProps {
  /** The button's text: "Continue", "Save", or "Saving…" while a save runs. */
  label: string;
  /** A save or an upload it waits for is under way: a press does nothing, focus stays. */
  busy: boolean;
  /** Said beside the button while the save waits for an upload; `null` when it does not. */
  waitStatus: string | null;
}

/**
 * The submit button of a step or section, with the line that says it waits
 * for an upload. `aria-disabled` rather than `disabled`: focus stays on the
 * button the person pressed.
 */
export function SaveButton({ label, busy, waitStatus }: SaveButtonProps) {
  return (
    <>
      {/* Always in the page, so screen readers announce the wait when it starts. */}
      <p className="okit-muted" role="status">
        {waitStatus}
      </p>
      <button
        type="submit"
        className="okit-button okit-button-primary"
        aria-disabled={busy ? true : undefined}
      >
        {label}
      </button>
    </>
  );
}
