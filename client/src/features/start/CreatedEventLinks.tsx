/**
 * The links of a freshly created day. The facilitator link is the key to the day (its secret is in
 * the fragment after `#`, which browsers never send to a server): say so, and offer it for copying
 * to a co-facilitator. The projector link only shows.
 */
import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { CreateEventResponse } from '../../../../shared/api.js';
import { CopyField } from '../../components/CopyField.js';
import { useT } from '../../i18n/index.js';
import { storeRoleToken } from '../../session/role-token.js';
import { rememberProjectorLink } from '../facilitator/projector-link.js';

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
  const facilitatorUrl = new URL(created.facilitatorUrl, window.location.origin).href;
  const projectorUrl = new URL(created.projectorUrl, window.location.origin).href;

  // The form was replaced: move focus to what replaced it, so keyboard and screen-reader users follow.
  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => rememberProjectorLink(created.eventId, projectorUrl), [created.eventId, projectorUrl]);

  function openFacilitator() {
    // Stored now, so the facilitator view opens without the token ever entering this tab's history.
    storeRoleToken('facilitator', created.eventId, created.facilitatorToken);
    navigate(`/f/${created.eventId}`);
  }

  return (
    <div className="created-links">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t.createdHeading}
      </h2>
      <p>{t.createdIntro}</p>
      <CopyField
        label={t.facilitatorLink}
        value={facilitatorUrl}
        buttonLabel={t.copyForCoFacilitator}
        hint={t.facilitatorLinkHint}
      />
      <CopyField label={t.projectorLink} value={projectorUrl} hint={t.projectorLinkHint} />
      <div className="button-row">
        <button type="button" className="button primary" onClick={openFacilitator}>
          {t.openFacilitator}
        </button>
        <Link className="button" to="/" reloadDocument>
          {t.createAnother}
        </Link>
      </div>
    </div>
  );
}
