import { useState } from 'react';
import { useFieldProblems } from '../field-problems';
import type { Role, UserRow } from '../gql';
import { newPasswordProblem, PASSWORD_HINT } from '../limits';
import { NAME_MISSING, ROLES, roleLabel } from '../user-admin';
import { ConfirmDialog } from './ConfirmDialog';
import { FormDialog } from './FormDialog';
import { TextField } from './TextField';

/** A problem the api found with one of the dialog's fields (BAD_USER_INPUT): the dialog stays open on it. */
export interface FieldProblem {
  field: string;
  text: string;
}

interface Common {
  user: UserRow;
  busy: boolean;
  onCancel: () => void;
}

const EDIT_FIELDS = ['name'] as const;

/** Name and role. Only what changed is sent; with nothing changed, Save just closes it. */
export function EditUserDialog({ user, busy, problem, onSave, onCancel }: Common & { problem: FieldProblem | null; onSave: (input: { name?: string; role?: Role }) => void }) {
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);
  // A blank name is marked before sending; the api's answer comes as `problem`.
  const { problems, refs, mark } = useFieldProblems(EDIT_FIELDS);
  const save = () => {
    const trimmed = name.trim();
    mark(trimmed ? {} : { name: NAME_MISSING });
    if (trimmed) onSave({ ...(trimmed !== user.name ? { name: trimmed } : {}), ...(role !== user.role ? { role } : {}) });
  };
  return (
    <FormDialog
      title={`Edit ${user.name}`}
      intro={<p className="muted">{user.email}. A new role applies from their next request; they stay signed in.</p>}
      submit="Save"
      submitting="Saving…"
      busy={busy}
      onSubmit={save}
      onCancel={onCancel}
    >
      <TextField
        id="edit-user-name"
        label="Name"
        value={name}
        onChange={setName}
        problem={problems.name ?? (problem?.field === 'name' ? problem.text : null)}
        autoComplete="off"
        inputRef={refs.name}
      />
      <div className="field">
        <label htmlFor="edit-user-role">Role</label>
        <select
          id="edit-user-role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          aria-invalid={problem?.field === 'role' ? true : undefined}
          aria-describedby={problem?.field === 'role' ? 'edit-user-role-problem' : undefined}
        >
          {ROLES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}: {r.hint}
            </option>
          ))}
        </select>
        {problem?.field === 'role' && (
          <p id="edit-user-role-problem" className="field-error">
            {problem.text}
          </p>
        )}
      </div>
    </FormDialog>
  );
}

const RESET_FIELDS = ['password'] as const;

/** Sets another user's password (resetUserPassword), for someone who forgot theirs. */
export function ResetPasswordDialog({ user, busy, problem, onSave, onCancel }: Common & { problem: FieldProblem | null; onSave: (password: string) => void }) {
  const [password, setPassword] = useState('');
  // What is wrong before sending (blank, too short or long); the api's answer comes as `problem`.
  const { problems, refs, mark } = useFieldProblems(RESET_FIELDS);
  const save = () => {
    const passwordIs = newPasswordProblem(password, 'Write the new password.');
    mark(passwordIs ? { password: passwordIs } : {});
    if (!passwordIs) onSave(password);
  };
  return (
    <FormDialog
      title={`Reset the password of ${user.name}`}
      intro={<p>They are signed out everywhere at once, and sign in again with this password. Give it to them yourself.</p>}
      submit="Set password"
      submitting="Setting…"
      busy={busy}
      onSubmit={save}
      onCancel={onCancel}
    >
      <TextField
        id="reset-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        hint={PASSWORD_HINT}
        problem={problems.password ?? (problem?.field === 'password' ? problem.text : null)}
        inputRef={refs.password}
      />
    </FormDialog>
  );
}

/** Deactivating says what follows from it; nothing of theirs is deleted. */
export function DeactivateDialog({ user, busy, onConfirm, onCancel }: Common & { onConfirm: () => void }) {
  return (
    <ConfirmDialog title={`Deactivate ${user.name}?`} confirm="Deactivate" confirming="Deactivating…" busy={busy} onConfirm={onConfirm} onCancel={onCancel}>
      <p>
        {user.name} ({user.email}, {roleLabel(user.role).toLowerCase()}) is signed out everywhere at once and cannot sign in until an admin reactivates the
        account.
      </p>
      <p>Claims they hold go back to the queue for other reviewers. Their verdicts, comments and history stay.</p>
    </ConfirmDialog>
  );
}

export function ReactivateDialog({ user, busy, onConfirm, onCancel }: Common & { onConfirm: () => void }) {
  return (
    <ConfirmDialog title={`Reactivate ${user.name}?`} confirm="Reactivate" confirming="Reactivating…" busy={busy} onConfirm={onConfirm} onCancel={onCancel}>
      <p>
        {user.name} ({user.email}) can sign in again as {roleLabel(user.role).toLowerCase()}, with the password the account had. If they have forgotten it, set a
        new one after this.
      </p>
    </ConfirmDialog>
  );
}
