import type { ReactNode } from 'react';
import { ModalDialog, type ModalProps } from './ModalDialog';

interface Props extends ModalProps {
  /** What the dialog is about, said with its title (who the change is for, what follows from it). */
  intro: ReactNode;
  /** The fields. */
  children: ReactNode;
  /** The submit button's label, and its label while the request runs. */
  submit: string;
  submitting: string;
  onSubmit: () => void;
}

/** A modal form for a change to one thing (a user's name and role, their password): its first field has the focus; Esc cancels. */
export function FormDialog({ intro, children, submit, submitting, onSubmit, ...modal }: Props) {
  return (
    <ModalDialog {...modal} name="form-dialog" kind="form" description={intro} action={{ label: submit, busyLabel: submitting, className: 'primary' }} onAction={onSubmit}>
      {children}
    </ModalDialog>
  );
}
