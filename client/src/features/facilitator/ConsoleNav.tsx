/**
 * The console's in-page menu. Buttons rather than `#anchor` links: the URL fragment is where the
 * facilitator's key arrives (`/f/<eventId>#<token>`), so the console never writes one of its own.
 * Each button scrolls its part into view and moves focus there, as following a link would.
 */
import { useT } from '../../i18n/index.js';

export function ConsoleNav({ parts }: { parts: [id: string, label: string][] }) {
  const t = useT();
  function go(id: string) {
    const target = document.getElementById(id);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }
  return (
    <nav className="console-nav" aria-label={t.consoleNav}>
      <ul>
        {parts.map(([id, label]) => (
          <li key={id}>
            <button type="button" className="button subtle" onClick={() => go(id)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
