import type { ReactNode } from 'react';
import { LiveRegion } from './LiveRegion';
import { onLinkClick, useLocation } from '../router';
import { isAdmin, isEditor, signOut, type Session } from '../session';

export function Layout({ session, children }: { session: Session; children: ReactNode }) {
  const { path } = useLocation();
  const links = [
    { to: '/', label: 'Queue' },
    { to: '/review', label: 'Review' },
    ...(isEditor(session)
      ? [
          { to: '/disputes', label: 'Disputes' },
          { to: '/claims', label: 'Claims' },
        ]
      : []),
    ...(isAdmin(session) ? [{ to: '/users', label: 'Users' }] : []),
  ];
  const active = (to: string) => (to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`));
  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href="/" onClick={onLinkClick('/')}>
          Claimcheck
        </a>
        <nav aria-label="Main">
          {links.map((l) => (
            <a key={l.to} href={l.to} onClick={onLinkClick(l.to)} aria-current={active(l.to) ? 'page' : undefined}>
              {l.label}
            </a>
          ))}
        </nav>
        <div className="who">
          <span className="who-name" title={session.user.email}>
            {session.user.name} <span className="role">{session.user.role.toLowerCase()}</span>
          </span>
          <a href="/account" onClick={onLinkClick('/account')} aria-current={active('/account') ? 'page' : undefined}>
            Change password
          </a>
          <button type="button" className="link-button" onClick={() => signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main>{children}</main>
      <LiveRegion />
    </div>
  );
}
