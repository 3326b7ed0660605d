/**
 * "Räven skriver…" under a note another tablet is editing. A polite live region, so a screen
 * reader hears when someone starts or stops writing in the note, without being interrupted.
 */
import { useT } from '../../i18n/index.js';
import { usePeers } from '../../sync/use-presence.js';
import { deviceName } from './device-name.js';
import { useTableContext } from './table-context.js';

export function WhoIsWriting({ noteId }: { noteId: string }) {
  const t = useT();
  const { tableDoc } = useTableContext();
  const editors = usePeers(tableDoc).filter((peer) => peer.editing === noteId);
  const names = editors.map((peer) => deviceName(peer.device, t));
  const known = names.filter((name): name is string => name !== null);
  // A device without a known name (another app, a facilitator) is still "someone else".
  const text =
    editors.length === 0
      ? ''
      : known.length === editors.length
        ? t.namesWriting(known)
        : t.someoneElseWriting;
  return (
    <p className="who-is-writing" aria-live="polite" data-active={editors.length > 0}>
      {text && (
        <>
          <span className="writing-dot" aria-hidden="true" />
          {text}
        </>
      )}
    </p>
  );
}
