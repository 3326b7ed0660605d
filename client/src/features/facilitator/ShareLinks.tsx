/**
 * Links to hand on: the facilitator link for a co-facilitator (the key sits in the fragment after
 * `#`, which browsers never send to a server) and the projector link, which this device remembers
 * from when the day was created (the server keeps only its hash and cannot show it again). Neither
 * is on screen until asked for (SecretLink).
 */
import { useId, useState } from 'react';
import { newProjectorLink } from '../../api/endpoints.js';
import { useT } from '../../i18n/index.js';
import { facilitatorLink, rememberProjectorLink, rememberedProjectorLink } from './projector-link.js';
import { SecretLink } from './SecretLink.js';

export function ShareLinks({ eventId, token }: { eventId: string; token: string }) {
  const t = useT();
  const id = useId();
  const [projector, setProjector] = useState(() => rememberedProjectorLink(eventId));
  const [failed, setFailed] = useState(false);
  const issueProjectorLink = async () => {
    const result = await newProjectorLink(eventId, token);
    setFailed(!result.ok);
    if (!result.ok) return;
    rememberProjectorLink(eventId, result.value.projectorUrl);
    setProjector(result.value.projectorUrl);
  };
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.shareHeading}</h2>
      <SecretLink
        label={t.facilitatorLink}
        value={facilitatorLink(window.location.origin, eventId, token)}
        copyLabel={t.copyForCoFacilitator}
        hint={t.facilitatorLinkHint}
      />
      {projector ? (
        <>
          <SecretLink
            label={t.projectorLink}
            value={projector}
            copyLabel={t.copyProjectorLink}
            hint={t.projectorLinkHint}
          />
          <p>
            <a className="button" href={projector} target="_blank" rel="noopener noreferrer">
              {t.openProjector}
            </a>
          </p>
        </>
      ) : (
        <>
          <p className="muted">{t.projectorLinkUnknown}</p>
          <p>
            <button type="button" className="button" onClick={() => void issueProjectorLink()}>
              {t.newProjectorLink}
            </button>
          </p>
          {failed && (
            <p className="error" role="alert">
              {t.genericError}
            </p>
          )}
        </>
      )}
    </section>
  );
}
