import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { ConsoleShell } from '../../components/shell';
import { ApolloWrapper } from '../../lib/apollo-provider';
import { REFRESH_COOKIE } from '../../lib/session';

/**
 * Signed-in area (with Apollo Client; the sign-in page does without it): without a
 * session cookie, straight to the sign-in page (no flash of an empty console).
 */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const jar = await cookies();
  if (!jar.get(REFRESH_COOKIE)) redirect('/login');
  return (
    <ApolloWrapper>
      <ConsoleShell>{children}</ConsoleShell>
    </ApolloWrapper>
  );
}
