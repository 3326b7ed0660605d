/**
 * The board on the room's big screen: the success factors as they take shape, each with its
 * narrative and its quotes (the excerpt where the facilitator trimmed one) and where they came from —
 * a table and its organisations, never a person. Read-only and live, in type meant for the back of
 * the room.
 *
 * Mount it with the projector's session: `<ProjectorBoard grants={session.docs} token={token} />`.
 * It opens the board, event and table documents the grants list (without keeping copies on the
 * device) and shares them with the rest of the page through the document registry.
 */
import { memo } from 'react';
import type { DocGrant } from '../../../../shared/protocol.js';
import { useT } from '../../i18n/index.js';
import type { FactorView, TableInfo } from './board-model.js';
import { useBoardData } from './use-board-data.js';
import './projector-board.css';

/** Quotes shown per factor; the rest are counted ("and 7 more") so the wall stays readable. */
export const PROJECTOR_QUOTES_PER_FACTOR = 3;

export interface ProjectorBoardProps {
  /** The session's document grants (GET /api/session `docs`): board, event and table documents. */
  grants: readonly DocGrant[];
  token: string;
}

export function ProjectorBoard({ grants, token }: ProjectorBoardProps) {
  const t = useT();
  const { model, loaded } = useBoardData(grants, token, false);
  if (!loaded) return <p className="muted projector-wait">{t.loading}</p>;
  return (
    <section className="projector-board" aria-label={t.boardFactorsHeading}>
      {model.factors.length === 0 ? (
        <p className="projector-board-empty">{t.projectorBoardEmpty}</p>
      ) : (
        <ol className="projector-board-factors">
          {model.factors.map((view, index) => (
            <ProjectorFactor key={view.factor.id} view={view} number={index + 1} tables={model.tables} />
          ))}
        </ol>
      )}
    </section>
  );
}

const ProjectorFactor = memo(function ProjectorFactor({
  view,
  number,
  tables,
}: {
  view: FactorView;
  /** The factor's place in the list, as numbered on the facilitators' board. */
  number: number;
  tables: ReadonlyMap<string, TableInfo>;
}) {
  const t = useT();
  const { factor, items, evidence } = view;
  const quotes = items.slice(0, PROJECTOR_QUOTES_PER_FACTOR);
  return (
    <li className="projector-factor">
      <h2 className="projector-factor-title">
        <span className="projector-factor-number">{number}</span>{' '}
        {factor.title.trim() || t.boardUntitledFactor}
      </h2>
      <p className="projector-factor-evidence">{t.projectorBoardEvidence(evidence.notes, evidence.tables)}</p>
      {factor.narrative.trim() && <p className="projector-factor-narrative">{factor.narrative}</p>}
      {quotes.length > 0 && (
        <ul className="projector-quotes">
          {quotes.map((item) => {
            const table = tables.get(item.note.tableId);
            const source = [table?.name || t.tableLabel, table?.organisations.join(', ')]
              .filter(Boolean)
              .join(' · ');
            return (
              <li key={item.ref} className="projector-quote">
                <blockquote>{t.projectorBoardQuote((item.excerpt ?? item.note.text).trim())}</blockquote>
                <p className="projector-quote-source">– {source}</p>
              </li>
            );
          })}
        </ul>
      )}
      {items.length > quotes.length && (
        <p className="projector-quotes-more">{t.projectorBoardMore(items.length - quotes.length)}</p>
      )}
    </li>
  );
});
