import { useState, type FormEvent } from 'react';
import { useClient } from 'urql';
import { useFieldProblems } from '../field-problems';
import { announce } from '../announcer';
import { errorCode } from '../client';
import { newPasswordProblem, PASSWORD_HINT } from '../limits';
import { CREATE_USER, type Role, type UserRow } from '../gql';
import { badField, NAME_MISSING, ROLES, roleLabel, userRefusal } from '../user-admin';
import { TextField } from './TextField';

type Field = 'name' | 'email' | 'password';
const FIELDS: readonly Field[] = ['name', 'email', 'password'];

/** Adds an account (createUser): its name, email, role and the password its owner signs in with the first time. */
export function NewUserForm({ onAdded }: { onAdded: () => void }) {
  const client = useClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('REVIEWER');
  const [password, setPassword] = useState('');
  const { problems, refs, mark, clear } = useFieldProblems(FIELDS);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);


  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaid(null);
    const missing: Partial<Record<Field, string>> = {};
    if (!name.trim()) missing.name = NAME_MISSING;
    if (!email.trim()) missing.email = 'Write the email address they sign in with.';
    const passwordIs = newPasswordProblem(password, 'Choose the password they sign in with the first time.');
    if (passwordIs) missing.password = passwordIs;
    if (Object.keys(missing).length) return mark(missing);
    setBusy(true);
    const r = await client.mutation<{ createUser: UserRow }>(CREATE_USER, { input: { name: name.trim(), email: email.trim(), role, password } }).toPromise();
    setBusy(false);
    if (!r.data) {
      if (errorCode(r.error) === 'UNAUTHENTICATED') return; // the session ended: the app is back at Sign in
      const text = userRefusal('create', r.error).text;
      // An email already taken is the email field's problem; bad input names its field.
      const field = errorCode(r.error) === 'CONFLICT' ? 'email' : badField(r.error, FIELDS);
      if (field) return mark({ [field]: text });
      clear();
      setSaid({ ok: false, text });
      return announce(text, 'assertive');
    }
    const added = r.data.createUser;
    const text = `Added ${added.name} (${added.email}) as ${roleLabel(added.role).toLowerCase()}. Give them their password; they can change it once signed in.`;
    setName('');
    setEmail('');
    setPassword('');
    setRole('REVIEWER');
    clear();
    setSaid({ ok: true, text });
    announce(text);
    onAdded();
    // Ready for the next one.
    refs.name.current?.focus();
  }

  return (
    <section aria-labelledby="new-user-title" className="panel">
      <h2 id="new-user-title">Add a user</h2>
      <form className="user-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField id="new-user-name" label="Name" value={name} onChange={setName} problem={problems.name} autoComplete="off" inputRef={refs.name} />
        <TextField id="new-user-email" label="Email" type="email" value={email} onChange={setEmail} problem={problems.email} autoComplete="off" inputRef={refs.email} />
        <div className="field">
          <label htmlFor="new-user-role">Role</label>
          <select id="new-user-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}: {r.hint}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id="new-user-password"
          label="Initial password"
          type="password"
          value={password}
          onChange={setPassword}
          problem={problems.password}
          hint={PASSWORD_HINT}
          autoComplete="new-password"
          inputRef={refs.password}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add user'}
          </button>
        </div>
      </form>
      {said && <p className={said.ok ? 'alert ok' : 'alert'}>{said.text}</p>}
    </section>
  );
}
