import type { Metadata } from 'next';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Sign in' };

/** Sign-in page. */
export default function LoginPage() {
  return (
    <main id="main" className="login">
      <h1>Governor console</h1>
      <p className="muted">Sign in with your SectorWars 2102 account.</p>
      <LoginForm />
    </main>
  );
}
