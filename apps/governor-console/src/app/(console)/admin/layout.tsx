'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { useViewer } from '../../../components/viewer';

/** Admin area: platform admins only (the server refuses everyone else anyway). */
export default function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const pathname = usePathname();
  if (!viewer.isAdmin) {
    return (
      <div className="notice error" role="alert">
        <h1>Admins only</h1>
        <p>
          The admin area manages the Central Nexus and provisions regions; it is for platform admins.{' '}
          <Link href="/">Back to your regions</Link>.
        </p>
      </div>
    );
  }
  return (
    <>
      <h1>Admin</h1>
      <nav className="tabs" aria-label="Admin sections">
        <Link href="/admin" aria-current={pathname === '/admin' ? 'page' : undefined}>
          Central Nexus
        </Link>
        <Link href="/admin/regions" aria-current={pathname === '/admin/regions' ? 'page' : undefined}>
          Provision a region
        </Link>
      </nav>
      {children}
    </>
  );
}
