import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';

/** What every modal dialog of the app is given by its page. */
export interface ModalProps {
  title: string;
  /** The action is under way: both buttons are off, and Esc does nothing. */
  busy: boolean;
  /** Esc, Cancel: nothing was done. */
  onCancel: () => void;
}

interface Props extends ModalProps {
  /** The start of its title's and description's ids (`<name>-title`, `<name>-body`). */
  name: string;
  /** Said with the title (what the dialog is about, what follows from it). */
  description: ReactNode;
  /** A form's fields, between the description and the buttons. */
  children?: ReactNode;
  /** The button that acts: its label, its label while the action runs, its look. */
  action: { label: string; busyLabel: string; className: 'primary' | 'danger' };
  onAction: () => void;
  /**
   * `question`: Cancel comes first and has the focus, so Enter or a stray key press never does the action.
   * `form`: its first field has the focus, and Enter in a field submits.
   */
  kind: 'question' | 'form';
}

/**
 * The app's modal dialog, in one place: shown modal when it mounts (the page behind is inert, so the focus stays
 * inside), the focus where `kind` says, and Esc cancels, except while the action runs. The page closes it, as only
 * the page knows whether the action went through, and gives the focus back to what opened it.
 */
export function ModalDialog({ name, title, description, children, action, onAction, kind, busy, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Once, when it opens.
  useEffect(() => {
    ref.current?.showModal();
    const first = kind === 'question' ? cancelRef.current : ref.current?.querySelector<HTMLElement>('input, select, textarea');
    first?.focus();
  }, []);
  const label = busy ? action.busyLabel : action.label;
  const content = (
    <>
      <h2 id={`${name}-title`}>{title}</h2>
      <div id={`${name}-body`}>{description}</div>
      {children}
      <div className="actions">
        <button ref={cancelRef} type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        {kind === 'form' ? (
          <button type="submit" className={action.className} disabled={busy}>
            {label}
          </button>
        ) : (
          <button type="button" className={action.className} onClick={onAction} disabled={busy}>
            {label}
          </button>
        )}
      </div>
    </>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) onAction();
  };
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby={`${name}-title`}
      aria-describedby={`${name}-body`}
      onCancel={(e) => {
        e.preventDefault(); // closed by the page, which knows whether the action is under way
        if (!busy) onCancel();
      }}
    >
      {kind === 'form' ? (
        <form onSubmit={submit} noValidate>
          {content}
        </form>
      ) : (
        content
      )}
    </dialog>
  );
}
