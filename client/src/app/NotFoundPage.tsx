import { Link } from 'react-router-dom';
import { useT } from '../i18n/index.js';
import { useDocumentTitle } from './use-document-title.js';

export function NotFoundPage() {
  const t = useT();
  useDocumentTitle(t.notFoundHeading);
  return (
    <section className="panel narrow">
      <h1>{t.notFoundHeading}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <Link to="/" className="button">
          {t.backToStart}
        </Link>
      </p>
    </section>
  );
}
