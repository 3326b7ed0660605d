/**
 * Shown when rendering a page throws (a broken invariant, DESIGN §3.8). Says what to do in words; the
 * header is repeated because the layout itself may be what failed. An error boundary of our own:
 * react-router's data router would give us one as `errorElement`, but costs every route ≈ 17 KB of
 * gzip over the plain `<BrowserRouter>` (measured; the table route's budget is 150 KB).
 */
import { Component, type ReactNode } from 'react';
import { useT } from '../i18n/index.js';

interface CrashBoundaryState {
  crashed: boolean;
}

export class CrashBoundary extends Component<{ children: ReactNode }, CrashBoundaryState> {
  override state: CrashBoundaryState = { crashed: false };

  static getDerivedStateFromError(): CrashBoundaryState {
    return { crashed: true };
  }

  override componentDidCatch(error: unknown): void {
    // Kept in the console for whoever debugs it; never shown to participants.
    console.error(error);
  }

  override render(): ReactNode {
    return this.state.crashed ? <CrashPage /> : this.props.children;
  }
}

function CrashPage() {
  const t = useT();
  return (
    <>
      <header className="app-header">
        <a href="/" className="app-name">
          {t.appName}
        </a>
      </header>
      <main id="main" className="app-main">
        <section className="panel narrow" role="alert">
          <h1>{t.crashHeading}</h1>
          <p>{t.crashBody}</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t.reload}
          </button>
        </section>
      </main>
    </>
  );
}
