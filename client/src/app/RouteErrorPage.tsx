/**
 * Shown when rendering a route throws (a broken invariant, DESIGN §3.8). Says what to do in words;
 * the header is repeated because the layout itself may be what failed.
 */
import { useRouteError } from 'react-router-dom';
import { useT } from '../i18n/index.js';

export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  // Kept in the console for whoever debugs it; never shown to participants.
  console.error(error);
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
