import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';

interface Props {
  title: string;
  /** What the dialog is about, said with its title (who the change is for, what follows from it). */
  intro: ReactNode;
  children: ReactNode;
  /** The submit button's label, and its label while the request runs. */
  submit: string;
  submitting: string;
  busy: boolean;
  onSubmit: () => void;
  /** Esc, Cancel: nothing was done. */
  onCancel: () => void;
}

/**
 * A modal form for a change to one thing (a user's name and role, their password): the focus goes to its first field,
 * stays inside it while it is open (a modal dialog), and Esc cancels, except while the request runs. Like
 * ConfirmDialog, the page closes it, as only the page knows whether the change went through.
 */
export function FormDialog({ title, intro, children, submit, submitting, busy, onSubmit, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  const send = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby="form-dialog-title"
      aria-describedby="form-dialog-intro"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form onSubmit={send} noValidate>
        <h2 id="form-dialog-title">{title}</h2>
        <div id="form-dialog-intro">{intro}</div>
        {children}
        <div className="actions">
          <button type="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? submitting : submit}
          </button>
        </div>
      </form>
    </dialog>
  );
}
