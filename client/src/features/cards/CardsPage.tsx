/** `/f/:eventId/cards` — printable table cards (being built: issue "Facilitator console"). */
import { useT } from '../../i18n/index.js';

export function CardsPage() {
  const t = useT();
  return (
    <section className="panel narrow">
      <h1>{t.facilitatorHeading}</h1>
    </section>
  );
}
