import { useCallback, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useClient, useQuery, type CombinedError } from 'urql';
import { announce } from '../announcer';
import { errorCode, errorText } from '../client';
import { formatDate } from '../components/ClaimContext';
import { NewUserForm } from '../components/NewUserForm';
import { ErrorState, Loading } from '../components/States';
import { DeactivateDialog, EditUserDialog, ReactivateDialog, ResetPasswordDialog, type FieldProblem } from '../components/UserDialogs';
import { DEACTIVATE_USER, REACTIVATE_USER, RESET_USER_PASSWORD, UPDATE_USER, USERS, type Role, type UserRow } from '../gql';
import { onLinkClick } from '../router';
import { updateSessionUser, useSession } from '../session';
import { badField, roleLabel, userRefusal, type UserAction } from '../user-admin';

/** The dialogs a row opens; each gives the focus back to the button that opened it. */
type Dialog = 'edit' | 'reset' | 'deactivate' | 'reactivate';
/** A row's buttons: the (de)activation button is one element whose label flips, so the focus can stay on it. */
type RowButton = 'edit' | 'reset' | 'toggle';
const BUTTON_OF: Record<Dialog, RowButton> = { edit: 'edit', reset: 'reset', deactivate: 'toggle', reactivate: 'toggle' };
const ACTION_OF: Record<Dialog, UserAction> = { edit: 'update', reset: 'reset', deactivate: 'deactivate', reactivate: 'reactivate' };

interface Asked {
  dialog: Dialog;
  user: UserRow;
}

/** The admins' list of accounts: add one, change its name or role, set its password, deactivate or reactivate it. */
export function Users() {
  const session = useSession()!;
  const me = session.user;
  const client = useClient();
  const [showDeactivated, setShowDeactivated] = useState(false);
  const variables = useMemo(() => ({ includeDeactivated: showDeactivated }), [showDeactivated]);
  const [r, refetch] = useQuery<{ users: UserRow[] }>({ query: USERS, variables });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const [asked, setAsked] = useState<Asked | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FieldProblem | null>(null);
  // What the last action came to: seen here, heard through the app's live region.
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const button = (which: RowButton, id: string) => buttons.current.get(`${which}:${id}`) ?? null;

  /** Closes the dialog, shows and says what happened, and puts the focus where the admin goes on from. */
  const report = (ok: boolean, text: string, focus: HTMLElement | null) => {
    flushSync(() => {
      setAsked(null);
      setProblem(null);
      setOutcome({ ok, text });
    });
    (focus ?? headingRef.current)?.focus();
    announce(text, ok ? 'polite' : 'assertive');
  };

  const cancel = () => {
    if (!asked) return;
    const back = button(BUTTON_OF[asked.dialog], asked.user.id);
    flushSync(() => {
      setAsked(null);
      setProblem(null);
    });
    back?.focus();
  };

  /** Sends a row's action: its answer, or null when refused (said, with the focus back on the button that asked). */
  async function send<T>(dialog: Dialog, user: UserRow, query: string, vars: Record<string, unknown>, fields: readonly string[] = []): Promise<T | null> {
    setBusy(true);
    const res = await client.mutation<T>(query, vars).toPromise();
    setBusy(false);
    if (res.data) return res.data;
    refused(dialog, user, res.error, fields);
    return null;
  }

  function refused(dialog: Dialog, user: UserRow, error: CombinedError | undefined, fields: readonly string[]): void {
    // The session ended (deactivated, signed out elsewhere): the app is back at Sign in, with the api's reason.
    if (errorCode(error) === 'UNAUTHENTICATED') return;
    const { text, reload: again } = userRefusal(ACTION_OF[dialog], error);
    const field = badField(error, fields);
    // A field's problem keeps its dialog open on it (read with the field, which gets the focus); anything else closes it.
    if (field) {
      flushSync(() => setProblem({ field, text }));
      document.getElementById(`${dialog === 'edit' ? 'edit-user' : 'reset'}-${field}`)?.focus();
      return;
    }
    if (again) reload();
    report(false, text, button(BUTTON_OF[dialog], user.id));
  }

  async function save(user: UserRow, input: { name?: string; role?: Role }) {
    if (!('name' in input) && !('role' in input)) return cancel(); // nothing changed: nothing to send
    const done = await send<{ updateUser: UserRow }>('edit', user, UPDATE_USER, { id: user.id, input }, ['name', 'role']);
    if (!done) return;
    const u = done.updateUser;
    // One's own name or role: the header and the nav follow (a former admin leaves this page).
    if (u.id === me.id) updateSessionUser(session.token, u);
    report(true, `Saved: ${u.name}, ${roleLabel(u.role).toLowerCase()}.`, button('edit', u.id));
    reload();
  }

  async function reset(user: UserRow, password: string) {
    const done = await send<{ resetUserPassword: UserRow }>('reset', user, RESET_USER_PASSWORD, { id: user.id, password }, ['password']);
    if (!done) return;
    report(true, `New password set for ${user.name}. They are signed out everywhere; give them the new password.`, button('reset', user.id));
  }

  async function toggle(dialog: 'deactivate' | 'reactivate', user: UserRow) {
    const done = await send<Record<string, UserRow>>(dialog, user, dialog === 'deactivate' ? DEACTIVATE_USER : REACTIVATE_USER, { id: user.id });
    if (!done) return;
    // A deactivated account leaves the list unless deactivated ones are shown: then the focus goes to the heading.
    const stays = dialog === 'reactivate' || showDeactivated;
    const text =
      dialog === 'deactivate'
        ? `Deactivated ${user.name}. They are signed out everywhere, and the claims they held are back in the queue.${stays ? '' : ' Show deactivated users to see the account.'}`
        : `Reactivated ${user.name}. They can sign in again.`;
    report(true, text, stays ? button('toggle', user.id) : null);
    reload();
  }

  const open = (dialog: Dialog, user: UserRow) => {
    setOutcome(null);
    setProblem(null);
    setAsked({ dialog, user });
  };

  const list = r.data?.users ?? [];
  const deactivated = list.filter((u) => u.deactivatedAt).length;
  return (
    <div className="users">
      <h1 ref={headingRef} tabIndex={-1}>
        Users
      </h1>
      <div className="row spread">
        <label className="check">
          <input type="checkbox" checked={showDeactivated} onChange={(e) => setShowDeactivated(e.target.checked)} />
          Show deactivated users
        </label>
      </div>
      {outcome && (
        <p className={outcome.ok ? 'alert ok' : 'alert'} data-testid="users-outcome">
          {outcome.text}
        </p>
      )}
      {r.fetching && !r.data && <Loading what="users" />}
      {r.error && !r.data && <ErrorState message={`Could not read the users: ${errorText(r.error)}`} retry={reload} />}
      {r.data && (
        <table className="claims-table users-table">
          <caption className="visually-hidden">
            {list.length} user{list.length === 1 ? '' : 's'}
            {showDeactivated ? `, ${deactivated} deactivated` : ''}, by name
          </caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((u) => {
              const self = u.id === me.id;
              return (
                <tr key={u.id} data-testid={`user-${u.email}`} className={u.deactivatedAt ? 'inactive' : undefined}>
                  <th scope="row">
                    {u.name}
                    {self && <span className="muted"> (you)</span>}
                  </th>
                  <td>{u.email}</td>
                  <td>{roleLabel(u.role)}</td>
                  <td>{u.deactivatedAt ? `Deactivated on ${formatDate(u.deactivatedAt)}` : 'Active'}</td>
                  <td>
                    <div className="row">
                      <button type="button" ref={(el) => void buttons.current.set(`edit:${u.id}`, el)} onClick={() => open('edit', u)}>
                        Edit<span className="visually-hidden"> {u.name}</span>
                      </button>
                      {/* One's own password is changed from one's account (with the current one); one's own account is deactivated by another admin. */}
                      {self ? (
                        <a href="/account" onClick={onLinkClick('/account')}>
                          Change your password
                        </a>
                      ) : (
                        <>
                          <button type="button" ref={(el) => void buttons.current.set(`reset:${u.id}`, el)} onClick={() => open('reset', u)}>
                            Reset password<span className="visually-hidden"> for {u.name}</span>
                          </button>
                          <button type="button" ref={(el) => void buttons.current.set(`toggle:${u.id}`, el)} onClick={() => open(u.deactivatedAt ? 'reactivate' : 'deactivate', u)}>
                            {u.deactivatedAt ? 'Reactivate' : 'Deactivate'}
                            <span className="visually-hidden"> {u.name}</span>
                          </button>
                        </>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <NewUserForm onAdded={reload} />
      {asked?.dialog === 'edit' && <EditUserDialog user={asked.user} busy={busy} problem={problem} onSave={(input) => void save(asked.user, input)} onCancel={cancel} />}
      {asked?.dialog === 'reset' && <ResetPasswordDialog user={asked.user} busy={busy} problem={problem} onSave={(p) => void reset(asked.user, p)} onCancel={cancel} />}
      {asked?.dialog === 'deactivate' && <DeactivateDialog user={asked.user} busy={busy} onConfirm={() => void toggle('deactivate', asked.user)} onCancel={cancel} />}
      {asked?.dialog === 'reactivate' && <ReactivateDialog user={asked.user} busy={busy} onConfirm={() => void toggle('reactivate', asked.user)} onCancel={cancel} />}
    </div>
  );
}
