/**
 * The phases the table can look at: every phase up to the one in progress (earlier phases stay
 * readable and editable), and any later phase that already holds notes. Buttons, not links: the
 * choice is local UI state; the one in progress is marked in words, not only by colour.
 */
import type { Phase } from '../../../../shared/docs/event-doc.js';
import { useT } from '../../i18n/index.js';

interface PhaseNavProps {
  phases: Phase[];
  currentId: string;
  shownId: string;
  noteCounts: ReadonlyMap<string, number>;
  onShow: (phaseId: string) => void;
}

/** The phases worth showing in the navigation, in the workbook's order. */
export function visiblePhases(phases: Phase[], currentId: string, noteCounts: ReadonlyMap<string, number>) {
  const currentIndex = phases.findIndex((p) => p.id === currentId);
  return phases.filter((p, i) => i <= currentIndex || (noteCounts.get(p.id) ?? 0) > 0);
}

export function PhaseNav({ phases, currentId, shownId, noteCounts, onShow }: PhaseNavProps) {
  const t = useT();
  const visible = visiblePhases(phases, currentId, noteCounts);
  if (visible.length < 2) return null;
  return (
    <nav className="phase-nav" aria-label={t.phaseNavLabel}>
      <ul>
        {visible.map((phase) => {
          const count = noteCounts.get(phase.id) ?? 0;
          return (
            <li key={phase.id}>
              <button
                type="button"
                className="button phase-nav-button"
                aria-pressed={phase.id === shownId}
                aria-current={phase.id === currentId ? 'step' : undefined}
                onClick={() => onShow(phase.id)}
              >
                <span className="phase-nav-title">{phase.title}</span>
                <span className="phase-nav-meta">
                  {phase.id === currentId ? `${t.phaseNow} · ` : ''}
                  {t.notesCount(count)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
