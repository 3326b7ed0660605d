/** The links of a freshly created day. The facilitator link is the only key to the day: say so. */
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import type { CreateEventResponse } from '../../../../shared/api.js';
import { CopyField } from '../../components/CopyField.js';
import { useT } from '../../i18n/index.js';
import { storeRoleToken } from '../../session/role-token.js';

export function CreatedEventLinks({
  headingId,
  created,
}: {
  headingId: string;
  created: CreateEventResponse;
}) {
  const t = useT();
  const navigate = useNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const projectorUrl = new URL(created.projectorUrl, window.location.origin).href;

  // The form was replaced: move focus to what replaced it, so keyboard and screen-reader users follow.
  useEffect(() => headingRef.current?.focus(), []);

  function openFacilitator() {
    // Stored now, so the facilitator view opens without the token ever entering this tab's history.
    storeRoleToken('facilitator', created.eventId, created.facilitatorToken);
    navigate(`/f/${created.eventId}`);
  }

  return (
    <div>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t.createdHeading}
      </h2>
      <p>{t.createdIntro}</p>
      <CopyField label={t.facilitatorLink} value={created.facilitatorUrl} />
      <CopyField label={t.projectorLink} value={projectorUrl} />
      <button type="button" className="button primary" onClick={openFacilitator}>
        {t.openFacilitator}
      </button>
    </div>
  );
}
