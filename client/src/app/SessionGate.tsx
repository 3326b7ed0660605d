/**
 * What a page behind a facilitator link shows before it can show itself: no key in the link, the
 * session loading, or the session unavailable (with a retry). One place, so every facilitator page
 * explains these the same way.
 */
import { useT } from '../i18n/index.js';

interface SessionGateProps {
  heading: string;
  hasToken: boolean;
  loading: boolean;
  onRetry: () => void;
}

export function SessionGate({ heading, hasToken, loading, onRetry }: SessionGateProps) {
  const t = useT();
  if (!hasToken) {
    return (
      <section className="panel narrow">
        <h1>{heading}</h1>
        <p>{t.missingToken}</p>
      </section>
    );
  }
  if (loading) return <p className="muted">{t.loading}</p>;
  return (
    <section className="panel narrow">
      <h1>{heading}</h1>
      <p>{t.consoleUnavailable}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t.retry}
      </button>
    </section>
  );
}
