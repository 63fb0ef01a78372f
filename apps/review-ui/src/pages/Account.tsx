import { useRef, useState, type FormEvent } from 'react';
import { useClient } from 'urql';
import { useFieldProblems } from '../field-problems';
import { announce } from '../announcer';
import { errorCode, errorText } from '../client';
import { TextField } from '../components/TextField';
import { CHANGE_PASSWORD } from '../gql';
import { newPasswordProblem, PASSWORD_HINT } from '../limits';
import { signIn, useSession, type SessionUser } from '../session';
import { badField, roleLabel } from '../user-admin';

type Field = 'currentPassword' | 'newPassword' | 'confirm';
const FIELDS: readonly Field[] = ['currentPassword', 'newPassword', 'confirm'];

/** The signed-in user's own account: who they are signed in as, and changing their password. */
export function Account() {
  const { user } = useSession()!;
  return (
    <div className="account">
      <h1>Your account</h1>
      <dl className="facts">
        <div>
          <dt>Name</dt>
          <dd>{user.name}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>Role</dt>
          <dd>{roleLabel(user.role)}</dd>
        </div>
      </dl>
      <ChangePassword />
    </div>
  );
}

/**
 * changePassword signs out every other session of the user, and hands this one a fresh token: it becomes the tab's
 * session, so the tab stays signed in.
 */
function ChangePassword() {
  const client = useClient();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', confirm: '' });
  const { problems, refs, mark, clear } = useFieldProblems(FIELDS);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const set = (f: Field) => (v: string) => setValues((old) => ({ ...old, [f]: v }));


  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaid(null);
    const { currentPassword, newPassword, confirm } = values;
    const missing: Partial<Record<Field, string>> = {};
    if (!currentPassword) missing.currentPassword = 'Write your current password.';
    const newPasswordIs = newPasswordProblem(newPassword, 'Choose the new password.');
    if (newPasswordIs) missing.newPassword = newPasswordIs;
    else if (confirm !== newPassword) missing.confirm = 'This is not the new password as written above: write it again.';
    if (Object.keys(missing).length) return mark(missing);
    setBusy(true);
    const r = await client.mutation<{ changePassword: { token: string; user: SessionUser } }>(CHANGE_PASSWORD, { currentPassword, newPassword }).toPromise();
    setBusy(false);
    if (!r.data) {
      const code = errorCode(r.error);
      if (code === 'UNAUTHENTICATED') return; // the session ended: the app is back at Sign in, with the reason
      const field = badField(r.error, FIELDS);
      if (field === 'currentPassword') return mark({ currentPassword: 'This is not your current password. Nothing was changed.' });
      if (field) return mark({ [field]: errorText(r.error) ?? 'Not accepted.' });
      const text = `Password not changed: ${errorText(r.error) ?? 'try again in a moment.'}`;
      clear();
      setSaid({ ok: false, text });
      return announce(text, 'assertive');
    }
    // The old token is refused from now on, like every other session's: this tab goes on with the new one.
    signIn(r.data.changePassword);
    setValues({ currentPassword: '', newPassword: '', confirm: '' });
    clear();
    const text = 'Password changed. Your other sessions were signed out; this one stays signed in.';
    setSaid({ ok: true, text });
    // The fields are empty again: the focus goes to the top of the form, whose news the live region says.
    titleRef.current?.focus();
    announce(text);
  }

  return (
    <section aria-labelledby="change-password-title" className="panel">
      <h2 id="change-password-title" ref={titleRef} tabIndex={-1}>
        Change password
      </h2>
      <form className="password-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={set('currentPassword')}
          problem={problems.currentPassword}
          inputRef={refs.currentPassword}
        />
        <TextField
          id="newPassword"
          label="New password"
          type="password"
          autoComplete="new-password"
          value={values.newPassword}
          onChange={set('newPassword')}
          problem={problems.newPassword}
          inputRef={refs.newPassword}
          hint={`${PASSWORD_HINT} Changing it signs you out everywhere else: in other tabs and on other devices, you sign in again with the new password.`}
        />
        <TextField
          id="confirm"
          label="New password again"
          type="password"
          autoComplete="new-password"
          value={values.confirm}
          onChange={set('confirm')}
          problem={problems.confirm}
          inputRef={refs.confirm}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Changing…' : 'Change password'}
          </button>
        </div>
      </form>
      {said && (
        <p className={said.ok ? 'alert ok' : 'alert'} data-testid="password-outcome">
          {said.text}
        </p>
      )}
    </section>
  );
}
