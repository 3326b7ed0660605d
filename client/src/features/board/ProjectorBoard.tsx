/**
 * The board on the room's big screen: the success factors as they take shape, each with its
 * narrative and its quotes (the excerpt where the facilitator trimmed one) and where they came from —
 * a table and its organisations, never a person. Read-only and live, in type meant for the back of
 * the room, and never scrolling: the board fills its box (the projector's screen below the tabs, or a
 * 16:9 frame in the facilitator's preview) and use-fit-to-screen.ts picks the grid, the type size and
 * how many quotes each factor shows.
 *
 * Which quotes: the first in the factor's board order, not the newest. The order is the
 * facilitator's — dragging a quote to the top is how they choose what the room reads — and a note
 * arriving (appended) only raises the "+ N more" count instead of pushing a quote off the wall.
 *
 * Mount it with the projector's session: `<ProjectorBoard grants={session.docs} token={token} />`.
 * It opens the board, event and table documents the grants list (without keeping copies on the
 * device) and shares them with the rest of the page through the document registry.
 */
import { memo, useMemo, useRef } from 'react';
import type { DocGrant } from '../../../../shared/protocol.js';
import { useT } from '../../i18n/index.js';
import type { CardItem, FactorView, TableInfo } from './board-model.js';
import { useBoardData } from './use-board-data.js';
import { useFitToScreen } from './use-fit-to-screen.js';
import './projector-board.css';

/**
 * Quotes a factor shows at most: the type shrinks (down to its minimum) until every factor shows this
 * many — or all it has — and grows rather than showing more, so the wall stays readable.
 */
export const PROJECTOR_QUOTES_PER_FACTOR = 3;

export interface ProjectorBoardProps {
  /** The session's document grants (GET /api/session `docs`): board, event and table documents. */
  grants: readonly DocGrant[];
  token: string;
}

export function ProjectorBoard({ grants, token }: ProjectorBoardProps) {
  const t = useT();
  const { model, loaded } = useBoardData(grants, token, false);
  const rootRef = useRef<HTMLElement>(null);
  // What the wall shows; a note typed at a table but not yet placed changes nothing here.
  const shownContent = useMemo(
    () => (loaded ? [model.factors, model.tables, t] : null),
    [loaded, model.factors, model.tables, t],
  );
  const fit = useFitToScreen(rootRef, shownContent);
  return (
    <section ref={rootRef} className="projector-board" aria-label={t.boardFactorsHeading} data-fit-root="">
      {!loaded ? (
        <p className="muted projector-wait">{t.loading}</p>
      ) : model.factors.length === 0 ? (
        <p className="projector-board-empty">{t.projectorBoardEmpty}</p>
      ) : (
        <ol className="projector-board-factors" data-fit-list="">
          {model.factors.map((view, index) => (
            <ProjectorFactor
              key={view.factor.id}
              view={view}
              number={index + 1}
              tables={model.tables}
              shown={fit?.shown[view.factor.id] ?? PROJECTOR_QUOTES_PER_FACTOR}
              narrative={fit?.narratives ?? true}
            />
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
  shown,
  narrative,
}: {
  view: FactorView;
  /** The factor's place in the list, as numbered on the facilitators' board. */
  number: number;
  tables: ReadonlyMap<string, TableInfo>;
  /** Quotes that fit (from the fit); the other candidates stay in the DOM, hidden, to be measured. */
  shown: number;
  /** Show the narrative (the fit drops narratives first when space runs out). */
  narrative: boolean;
}) {
  const t = useT();
  const { factor, items, evidence } = view;
  const candidates = items.slice(0, PROJECTOR_QUOTES_PER_FACTOR);
  const visible = Math.min(shown, candidates.length);
  const more = items.length - visible;
  return (
    <li className="projector-factor" data-fit-cell={factor.id} data-fit-total={items.length}>
      <div data-fit-head="">
        <h2 className="projector-factor-title">
          <span className="projector-factor-number">{number}</span>{' '}
          {factor.title.trim() || t.boardUntitledFactor}
        </h2>
        <p className="projector-factor-evidence">
          {evidence.notes === 0
            ? t.projectorBoardNoNotes
            : t.projectorBoardEvidence(evidence.notes, evidence.tables)}
        </p>
        {factor.narrative.trim() && (
          <p className="projector-factor-narrative" data-fit-narrative="" hidden={!narrative}>
            {factor.narrative}
          </p>
        )}
      </div>
      {candidates.length > 0 && (
        <ul className="projector-quotes">
          {candidates.map((item, i) => (
            <ProjectorQuote key={item.ref} item={item} tables={tables} spare={i >= visible} />
          ))}
        </ul>
      )}
      {items.length > 0 && (
        <p className="projector-quotes-more" data-fit-more="" hidden={more === 0}>
          {t.projectorBoardMore(Math.max(1, more))}
        </p>
      )}
    </li>
  );
});

/** One quote and its source. A spare (one that did not fit) is hidden, kept only to be measured. */
function ProjectorQuote({
  item,
  tables,
  spare,
}: {
  item: CardItem;
  tables: ReadonlyMap<string, TableInfo>;
  spare: boolean;
}) {
  const t = useT();
  const table = tables.get(item.note.tableId);
  const organisations = table?.organisations.join(', ');
  return (
    <li className={spare ? 'projector-quote-spare' : 'projector-quote'} data-fit-item="" hidden={spare}>
      <blockquote>{t.projectorBoardQuote((item.excerpt ?? item.note.text).trim())}</blockquote>{' '}
      <span className="projector-quote-source">
        <span className="projector-quote-table">– {table?.name || t.tableLabel}</span>
        {/* No break before the dot: it closes the table's name, not opens a line. */}
        {organisations && `\u00a0· ${organisations}`}
      </span>
    </li>
  );
}
