import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  children: ReactNode;
  /** The confirming button's label, and its label while the action runs. */
  confirm: string;
  confirming: string;
  busy: boolean;
  onConfirm: () => void;
  /** Esc, Cancel: nothing was done. */
  onCancel: () => void;
}

/**
 * A modal question before a consequential action. Cancel comes first and has the focus, so Enter or a stray
 * key press never does the action; Esc cancels, except while the action runs.
 */
export function ConfirmDialog({ title, children, confirm, confirming, busy, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    ref.current?.showModal();
    cancelRef.current?.focus();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={(e) => {
        e.preventDefault(); // closed by the page, which knows whether the action is under way
        if (!busy) onCancel();
      }}
    >
      <h2 id="confirm-title">{title}</h2>
      <div id="confirm-body">{children}</div>
      <div className="actions">
        <button ref={cancelRef} type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onConfirm} disabled={busy}>
          {busy ? confirming : confirm}
        </button>
      </div>
    </dialog>
  );
}
