import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Governor console · SectorWars 2102', template: '%s · Governor console' },
  description: 'Run your SectorWars 2102 region: economy, governance, culture; manage the Central Nexus.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The console's document. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
