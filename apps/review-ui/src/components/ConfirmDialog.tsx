import type { ReactNode } from 'react';
import { ModalDialog, type ModalProps } from './ModalDialog';

interface Props extends ModalProps {
  /** What the action does and what follows from it. */
  children: ReactNode;
  /** The confirming button's label, and its label while the action runs. */
  confirm: string;
  confirming: string;
  onConfirm: () => void;
}

/** A modal question before a consequential action: Cancel comes first and has the focus; Esc cancels. */
export function ConfirmDialog({ children, confirm, confirming, onConfirm, ...modal }: Props) {
  return (
    <ModalDialog {...modal} name="confirm" kind="question" description={children} action={{ label: confirm, busyLabel: confirming, className: 'danger' }} onAction={onConfirm} />
  );
}
