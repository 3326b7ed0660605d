/**
 * The projector's "Faktortavlan" view — a slot. The clustering issue (#5) provides the live factor
 * board for the big screen as `ProjectorBoard` in client/src/features/board/ProjectorBoard.tsx; when
 * it lands, render it here in place of the placeholder (the props below are what the projector page
 * has to give it: the read-only projector token and the grants it may open, board included).
 */
import type { EventSnapshot } from '../../../../shared/docs/event-doc.js';
import type { DocGrant } from '../../../../shared/protocol.js';
import { useT } from '../../i18n/index.js';

export interface ProjectorBoardSlotProps {
  eventId: string;
  token: string;
  grants: DocGrant[];
  event: EventSnapshot;
}

export function ProjectorBoardSlot(_props: ProjectorBoardSlotProps) {
  const t = useT();
  return (
    <div className="projector-board-placeholder" data-slot="projector-board">
      <p>{t.projectorBoardPlaceholder}</p>
    </div>
  );
}
