import { Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { Loading } from '@/shared/components/Loading';
import { ConnectionStatus } from '@/features/realtime/components/ConnectionStatus';
import { Footer } from './Footer';
import { Header } from './Header';
import { SkipLink } from './SkipLink';

export function AppLayout() {
  return (
    <div className="app-shell">
      <SkipLink />
      <Header />
      <ConnectionStatus />
      <main id="main-content" className="app-main kern-container" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
      <ScrollRestoration />
    </div>
  );
}
