/**
 * `/p/:eventId` — the big screen: the current phase, its introduction and questions and the timer,
 * in type large enough for the back of the room; or the factor board. Read-only token from the
 * link's fragment; nothing kept on the device, nothing it could change.
 */
import { useId, useState } from 'react';
import { useParams } from 'react-router-dom';
import { currentPhaseFor, readEvent } from '../../../../shared/docs/event-doc.js';
import { useDocumentTitle } from '../../app/use-document-title.js';
import { BroadcastBanner } from '../../components/BroadcastBanner.js';
import { TimerDisplay } from '../../components/TimerDisplay.js';
import { useEventLanguage, useT } from '../../i18n/index.js';
import { useRoleToken } from '../../session/use-role-token.js';
import { useSession } from '../../session/use-session.js';
import { usePublishedState } from '../../sync/awareness-view.js';
import { useDocLoaded, useDocSnapshot, useSyncedDoc } from '../../sync/use-synced-doc.js';
import { ProjectorBoardSlot } from './ProjectorBoardSlot.js';
import { ProjectorTabs } from './ProjectorTabs.js';
import './projector.css';

type View = 'phase' | 'board';

export function ProjectorPage() {
  const { eventId = '' } = useParams();
  const t = useT();
  const id = useId();
  const [view, setView] = useState<View>('phase');
  const token = useRoleToken('projector', eventId);
  const { state, reload } = useSession(token);
  const session = state.status === 'ready' ? state.session : null;
  const eventGrant = session?.docs.find((g) => g.kind === 'event') ?? null;
  const eventDoc = useSyncedDoc(eventGrant, token, false);
  // The projector has no presence worth showing anyone.
  usePublishedState(eventDoc, null);
  const event = useDocSnapshot(eventDoc?.doc, readEvent);
  const loaded = useDocLoaded(eventDoc);
  useEventLanguage(session?.event.language);
  useDocumentTitle(event?.info.title || session?.event.title);

  if (!token) {
    return (
      <section className="panel narrow">
        <p>{t.missingToken}</p>
      </section>
    );
  }
  if (state.status === 'error') {
    return (
      <section className="panel narrow">
        <p>{t.projectorUnavailable}</p>
        <button type="button" className="button" onClick={reload}>
          {t.retry}
        </button>
      </section>
    );
  }
  if (!session || !event || !loaded) return <p className="muted projector-wait">{t.loading}</p>;

  const phase = currentPhaseFor(event, null);
  const phaseIndex = phase ? event.phases.findIndex((p) => p.id === phase.id) : -1;
  return (
    <div className="projector" data-view={view}>
      <div className="projector-top">
        <p className="projector-event">{event.info.title}</p>
        <ProjectorTabs
          idPrefix={id}
          label={t.projectorViews}
          tabs={[
            { key: 'phase', label: t.projectorPhaseTab },
            { key: 'board', label: t.projectorBoardTab },
          ]}
          selected={view}
          onSelect={setView}
        />
      </div>
      <BroadcastBanner broadcast={event.live.broadcast} />
      <div role="tabpanel" id={`${id}-panel-${view}`} aria-labelledby={`${id}-tab-${view}`}>
        {view === 'board' ? (
          <>
            <h1 className="visually-hidden">{t.projectorBoardTab}</h1>
            <ProjectorBoardSlot eventId={eventId} token={token} grants={session.docs} event={event} />
          </>
        ) : phase ? (
          <>
            <p className="eyebrow projector-step">{t.phaseOf(phaseIndex + 1, event.phases.length)}</p>
            <h1>{phase.title || t.untitledPhase}</h1>
            <TimerDisplay timer={event.live.timer} className="projector-timer" />
            {phase.intro && <p className="projector-intro">{phase.intro}</p>}
            {phase.questions.length > 0 && (
              <ol className="projector-questions">
                {phase.questions.map((question) => (
                  <li key={question.id}>{question.text}</li>
                ))}
              </ol>
            )}
          </>
        ) : (
          <h1>{t.projectorWaiting}</h1>
        )}
      </div>
    </div>
  );
}
