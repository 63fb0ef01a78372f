/** The reason field's id: a reason past the api's limit sends the focus back to it. */
export const SKIP_REASON_ID = 'skip-reason';

interface Props {
  reason: string;
  onReason: (reason: string) => void;
  /** What is wrong with the reason, once a skip was tried; null when nothing. */
  problem: string | null;
  /** A refused skip, said in the form. */
  failure: string | null;
  busy: boolean;
  onSkip: () => void;
  onLeave: () => void;
}

/** Skipping the claim in hand, with an optional reason; Esc goes back to the verdict. */
export function SkipForm({ reason, onReason, problem, failure, busy, onSkip, onLeave }: Props) {
  return (
    <form
      className="skip-form"
      aria-labelledby="skip-title"
      onSubmit={(e) => {
        e.preventDefault();
        onSkip();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onLeave();
      }}
    >
      <h2 id="skip-title">Skip this claim</h2>
      <label className="block">
        Reason (optional)
        <input
          id={SKIP_REASON_ID}
          autoFocus
          value={reason}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${SKIP_REASON_ID}-problem` : undefined}
          onChange={(e) => onReason(e.target.value)}
          placeholder="e.g. needs a Lithuanian speaker"
        />
      </label>
      {problem && (
        <p id={`${SKIP_REASON_ID}-problem`} className="field-error">
          {problem} Shorten it, or leave it empty.
        </p>
      )}
      {failure && <p className="field-error">{failure}</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Skip and next <kbd>⏎</kbd>
        </button>
        <button type="button" onClick={onLeave}>
          Back to the verdict <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
