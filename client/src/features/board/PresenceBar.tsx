/**
 * Who else is on the board, and what they are moving (from awareness). The person's own name is
 * local: remembered on this device and published only to the board's other viewers. Which note each
 * co-facilitator drags goes into the board UI store, where each card reads only its own entry.
 */
import { useEffect, useId } from 'react';
import { useT } from '../../i18n/index.js';
import { useBoardUiStore } from '../../state/board-ui-store.js';
import { useBoardPeers, type BoardPeer } from '../../sync/board-awareness.js';
import type { SyncedDoc } from '../../sync/synced-doc.js';
import { noteLabel } from './announcements.js';
import { useBoardModel } from './board-context.js';

/** A peer's name, or "Facilitator n" (numbered by join order) when they gave none. */
export function peerName(peer: BoardPeer, index: number, anonymous: (n: number) => string): string {
  return peer.name ?? anonymous(index + 2);
}

export function PresenceBar({ board }: { board: SyncedDoc }) {
  const t = useT();
  const peers = useBoardPeers(board);
  const setRemoteDrags = useBoardUiStore((s) => s.setRemoteDrags);
  useEffect(() => {
    const drags: Record<string, string> = {};
    peers.forEach((peer, index) => {
      if (peer.dragging) drags[peer.dragging] = peerName(peer, index, t.boardPresenceAnonymous);
    });
    setRemoteDrags(drags);
  }, [peers, t, setRemoteDrags]);
  const id = useId();
  const model = useBoardModel();
  const name = useBoardUiStore((s) => s.displayName);
  const setName = useBoardUiStore((s) => s.setDisplayName);

  return (
    <div className="board-presence">
      <div className="board-presence-name">
        <label htmlFor={`${id}-name`}>{t.boardNameLabel}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={40}
          autoComplete="nickname"
          aria-describedby={`${id}-hint`}
          onChange={(event) => setName(event.target.value)}
        />
        <p className="hint" id={`${id}-hint`}>
          {t.boardNameHint}
        </p>
      </div>
      <div>
        <p className="eyebrow">{t.boardPresenceHeading}</p>
        <ul className="board-peers">
          <li>
            {name.trim() ? `${name.trim()} (${t.boardPresenceYou.toLocaleLowerCase()})` : t.boardPresenceYou}
          </li>
          {peers.map((peer, index) => {
            const label = peerName(peer, index, t.boardPresenceAnonymous);
            const item = peer.dragging ? model.items.get(peer.dragging) : undefined;
            return (
              <li key={peer.clientId} data-dragging={item ? true : undefined}>
                {item ? t.boardPresenceDragging(label, noteLabel(item)) : label}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
