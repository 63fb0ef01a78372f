import { useEffect, useMemo } from 'react';
import { Provider } from 'urql';
import { makeClient } from './client';
import { Layout } from './components/Layout';
import { Notice } from './components/States';
import { Account } from './pages/Account';
import { ClaimPage } from './pages/ClaimPage';
import { ClaimsBrowser } from './pages/ClaimsBrowser';
import { Disputes } from './pages/Disputes';
import { Home } from './pages/Home';
import { SignIn } from './pages/SignIn';
import { Users } from './pages/Users';
import { Workbench } from './pages/Workbench';
import { navigate, useLocation } from './router';
import { isAdmin, isEditor, useSession } from './session';

export function App() {
  const session = useSession();
  const token = session?.token ?? null;
  const api = useMemo(() => (token ? makeClient(token) : null), [token]);
  useEffect(() => () => api?.dispose(), [api]);
  const { path, query } = useLocation();
  // The query too: a shared claims-browser link carries its filters there.
  const here = `${path}${query.size ? `?${query.toString()}` : ''}`;

  useEffect(() => {
    if (!session && path !== '/signin') navigate(`/signin${here === '/' ? '' : `?next=${encodeURIComponent(here)}`}`, { replace: true });
  }, [session, path, here]);

  if (!session || !api) return <SignIn />;
  return (
    <Provider value={api.client}>
      <Layout session={session}>
        <Routes path={path} editor={isEditor(session)} admin={isAdmin(session)} />
      </Layout>
    </Provider>
  );
}

function Routes({ path, editor, admin }: { path: string; editor: boolean; admin: boolean }) {
  if (path === '/' || path === '/signin') return <Home />;
  if (path === '/review') return <Workbench />;
  if (path === '/account') return <Account />;
  if (path === '/users') return admin ? <Users /> : <Notice title="For admins">This screen is for admins. Ask an admin to change your role or your account.</Notice>;
  const editorOnly = (el: React.ReactElement) => (editor ? el : <Notice title="For editors">This screen is for editors. Ask an admin for the editor role, or go back to the queue.</Notice>);
  if (path === '/disputes') return editorOnly(<Disputes />);
  if (path === '/claims') return editorOnly(<ClaimsBrowser />);
  const m = /^\/claims\/([\w-]+)$/.exec(path);
  if (m?.[1]) return editorOnly(<ClaimPage id={m[1]} />);
  return <Notice title="Page not found">There is nothing at {path}. Use the links above to go on.</Notice>;
}
