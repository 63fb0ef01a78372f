import { useState, type FormEvent } from 'react';
import { Client, cacheExchange, fetchExchange } from 'urql';
import { errorText } from '../client';
import { LOGIN } from '../gql';
import { navigate, useLocation } from '../router';
import { sessionEndReason, signIn, type SessionUser } from '../session';

// Signing in needs no token: a client of its own, thrown away after.
const anonymous = new Client({ url: '/graphql', exchanges: [cacheExchange, fetchExchange] });

export function SignIn() {
  const { query } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(sessionEndReason());
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await anonymous.mutation<{ login: { token: string; user: SessionUser } }>(LOGIN, { email: email.trim(), password }).toPromise();
    setBusy(false);
    if (!r.data) {
      setError(errorText(r.error) ?? 'Could not sign in.');
      return;
    }
    signIn(r.data.login);
    const next = query.get('next');
    // Only a path of this app: "//host/…" also starts with "/", and history would refuse it (another origin).
    navigate(next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/', { replace: true });
  }

  return (
    <main className="signin">
      <form onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
        <h1 id="signin-title">Claimcheck</h1>
        <p className="muted">Sign in to review claims.</p>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <label>
          Email
          <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
        </label>
        <label>
          Password
          <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
