/** The page frame every route shares: skip link, header (name + the one connection status), main. */
import { Suspense, useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useLanguage, useT } from '../i18n/index.js';
import { ConnectionStatus } from './ConnectionStatus.js';

export function Layout() {
  const t = useT();
  const language = useLanguage();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);

  // Screen readers pick pronunciation from <html lang>; it must follow the interface language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // A client-side navigation leaves focus on a button that no longer exists; move it to the new
  // page's content, as a full page load would (keyboard and screen-reader users start there).
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <Link to="/" className="app-name">
          {t.appName}
        </Link>
        <ConnectionStatus />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Suspense fallback={<p className="muted">{t.loading}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
