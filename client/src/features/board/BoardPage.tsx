/** `/f/:eventId/board` — the live clustering board (being built: issue "Live clustering board"). */
import { useT } from '../../i18n/index.js';

export function BoardPage() {
  const t = useT();
  return (
    <section className="panel narrow">
      <h1>{t.facilitatorHeading}</h1>
    </section>
  );
}
