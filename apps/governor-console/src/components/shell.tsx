'use client';
import { useApolloClient } from '@apollo/client/react';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { type ReactNode, useState } from 'react';
import { CSRF_HEADER_NAME } from '../lib/csrf';
import { useViewer, ViewerProvider } from './viewer';

/** Top bar: brand, Regions and (for admins) Admin, who is signed in, sign out. */
function TopBar() {
  const viewer = useViewer();
  const pathname = usePathname();
  const router = useRouter();
  const client = useApolloClient();
  const [leaving, setLeaving] = useState(false);
  const signOut = async () => {
    setLeaving(true);
    await fetch('/api/auth/logout', { method: 'POST', headers: { [CSRF_HEADER_NAME]: '1' } }).catch(() => undefined);
    await client.clearStore();
    router.replace('/login');
    router.refresh();
  };
  const current = (prefix: string) =>
    (prefix === '/' ? pathname === '/' || pathname.startsWith('/regions') : pathname.startsWith(prefix))
      ? 'page'
      : undefined;
  return (
    <header className="topbar">
      <Link className="brand" href="/">
        SectorWars 2102 <small>governor console</small>
      </Link>
      <nav className="topnav" aria-label="Console">
        <Link href="/" aria-current={current('/')}>
          Regions
        </Link>
        {viewer.isAdmin && (
          <Link href="/admin" aria-current={current('/admin')}>
            Admin
          </Link>
        )}
        <span className="who">
          Signed in as <strong>{viewer.me.displayName}</strong> ({viewer.me.handle})
          {viewer.isAdmin ? ' · platform admin' : ''}
        </span>
        <button type="button" onClick={() => void signOut()} disabled={leaving}>
          Sign out
        </button>
      </nav>
    </header>
  );
}

/** Every signed-in page: the viewer loaded once, the top bar, the page. */
export function ConsoleShell({ children }: { children: ReactNode }) {
  return (
    <ViewerProvider>
      <TopBar />
      <main id="main">{children}</main>
    </ViewerProvider>
  );
}
