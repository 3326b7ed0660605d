/**
 * The projector's "Faktortavlan" view: the live factor board from the clustering feature, in large
 * type, read-only with the projector's token.
 */
import type { EventSnapshot } from '../../../../shared/docs/event-doc.js';
import type { DocGrant } from '../../../../shared/protocol.js';
import { ProjectorBoard } from '../board/ProjectorBoard.js';

export interface ProjectorBoardSlotProps {
  eventId: string;
  token: string;
  grants: DocGrant[];
  event: EventSnapshot;
}

export function ProjectorBoardSlot({ grants, token }: ProjectorBoardSlotProps) {
  return <ProjectorBoard grants={grants} token={token} />;
}
