/**
 * The grouping suggestions (client/src/features/suggest) wired into the board: a pool card's likely
 * factors, the "Suggest groups" preview and the "Similar notes" dialog. Every acceptance is an
 * ordinary board action — one undo step, announced — and nothing changes without a click.
 *
 * Cards read factor titles from their own context, memoised on the titles alone: a drop changes the
 * factors' note lists, and re-rendering every pool card for that would cost the drop its budget.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import {
  NoteSuggestions,
  SimilarNotesDialog,
  SuggestClientContext,
  SuggestGroupsPanel,
  factorTitleLookup,
  noteLookup,
  useGroupPreview,
  useNoteSuggestions,
  useSimilarNotes,
  type FactorTitleLookup,
  type Suggestions,
} from '../suggest/index.js';
import { useT } from '../../i18n/index.js';
import { useBoardUiStore } from '../../state/board-ui-store.js';
import { useBoardActions } from './board-actions.js';
import { useBoardModel } from './board-context.js';
import type { BoardModel } from './board-model.js';

const FactorTitleContext = createContext<FactorTitleLookup>(() => undefined);

/** Provides what cards need to show their suggestions; changes only when a factor's title does. */
export function SuggestionsProvider({
  suggestions,
  model,
  children,
}: {
  suggestions: Suggestions;
  model: BoardModel;
  children: ReactNode;
}) {
  const t = useT();
  const titlesKey = model.factors.map((view) => `${view.factor.id}\u0000${view.factor.title}`).join('\u0001');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the titles key stands for model.factors
  const factorTitle = useMemo(() => factorTitleLookup(model.factors, t.boardUntitledFactor), [titlesKey, t]);
  return (
    <SuggestClientContext.Provider value={suggestions.client}>
      <FactorTitleContext.Provider value={factorTitle}>{children}</FactorTitleContext.Provider>
    </SuggestClientContext.Provider>
  );
}

/** At the foot of a pool card: its likely factors, one tap to move it there. */
export function PoolCardSuggestions({ noteRef, describedBy }: { noteRef: string; describedBy: string }) {
  const suggestions = useNoteSuggestions(noteRef);
  const factorTitle = useContext(FactorTitleContext);
  const actions = useBoardActions();
  return (
    <NoteSuggestions
      suggestions={suggestions}
      factorTitle={factorTitle}
      describedBy={describedBy}
      onAccept={(factorId) => actions.moveNote(noteRef, { factorId, beforeRef: null }, true)}
    />
  );
}

/** The toolbar's "Suggest groups" button and, while open, its preview. */
export function SuggestGroupsControl({ suggestions }: { suggestions: Suggestions }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const preview = useGroupPreview(suggestions.groups, open);
  const actions = useBoardActions();
  const model = useBoardModel();
  const note = useMemo(() => noteLookup(model, t.tableLabel), [model, t.tableLabel]);
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        disabled={suggestions.failed}
        onClick={() => setOpen(true)}
      >
        {t.suggestGroupsButton}
      </button>
      {open && (
        <SuggestGroupsPanel
          groups={preview.groups}
          note={note}
          onAccept={(group, title) => {
            actions.createFactorWithNotes(title, group.refs);
            preview.remove(group.id);
          }}
          onDiscard={preview.remove}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

/** The "Similar notes" dialog of the card whose button opened it (one at a time, board-wide). */
export function SimilarNotesHost({ suggestions }: { suggestions: Suggestions }) {
  const t = useT();
  const ref = useBoardUiStore((s) => (s.openPanel?.kind === 'similar' ? s.openPanel.ref : null));
  const results = useSimilarNotes(suggestions.similar, ref);
  const model = useBoardModel();
  const factorTitle = useContext(FactorTitleContext);
  const note = useMemo(() => noteLookup(model, t.tableLabel), [model, t.tableLabel]);
  if (ref === null) return null;
  const close = () => useBoardUiStore.getState().togglePanel(null);
  return (
    <SimilarNotesDialog
      key={ref}
      sourceRef={ref}
      results={results}
      note={note}
      factorTitle={factorTitle}
      onClose={close}
      onShow={(shown) => {
        close();
        useBoardUiStore.getState().focusNote(shown);
      }}
    />
  );
}
