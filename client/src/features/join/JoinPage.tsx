/**
 * /join — where a table card's QR code leads (`/join#ABCD-EFGH`). The code in the fragment never
 * reaches a server log; it is submitted at once and removed from the address bar.
 */
import { useEffect, useState } from 'react';
import { useDocumentTitle } from '../../app/use-document-title.js';
import { useT } from '../../i18n/index.js';
import { stripFragment } from '../../session/role-token.js';
import { codeFromHash } from './join-code.js';
import { JoinForm } from './JoinForm.js';

export function JoinPage() {
  const t = useT();
  useDocumentTitle(t.joinHeading);
  // Read once per mount; the fragment is removed after the first render, never during it.
  const [code] = useState(() => codeFromHash(window.location.hash));
  useEffect(stripFragment, []);
  return (
    <section className="panel narrow">
      <JoinForm initialCode={code ?? ''} autoSubmit={code !== null} headingLevel={1} />
    </section>
  );
}
