/**
 * `/p/:eventId` — the big screen: the current phase, its introduction and questions, in type large
 * enough for the back of the room. Read-only token from the link's fragment; nothing kept on device.
 */
import { useParams } from 'react-router-dom';
import { currentPhaseFor, readEvent } from '../../../../shared/docs/event-doc.js';
import { useDocumentTitle } from '../../app/use-document-title.js';
import { BroadcastBanner } from '../../components/BroadcastBanner.js';
import { TimerDisplay } from '../../components/TimerDisplay.js';
import { useEventLanguage, useT } from '../../i18n/index.js';
import { useRoleToken } from '../../session/use-role-token.js';
import { useSession } from '../../session/use-session.js';
import { useDocLoaded, useDocSnapshot, useSyncedDoc } from '../../sync/use-synced-doc.js';

export function ProjectorPage() {
  const { eventId = '' } = useParams();
  const t = useT();
  const token = useRoleToken('projector', eventId);
  const { state } = useSession(token);
  const session = state.status === 'ready' ? state.session : null;
  const eventGrant = session?.docs.find((g) => g.kind === 'event') ?? null;
  const eventDoc = useSyncedDoc(eventGrant, token, false);
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
  if (!event || !loaded) return <p className="muted projector-wait">{t.loading}</p>;

  const phase = currentPhaseFor(event, null);
  return (
    <div className="projector">
      <p className="projector-event">{event.info.title}</p>
      <BroadcastBanner broadcast={event.live.broadcast} />
      {phase ? (
        <>
          <h1>{phase.title}</h1>
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
  );
}
