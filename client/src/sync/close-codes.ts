/**
 * What a final close code means for the page. y-websocket ≥ 3.1 stops reconnecting on 4400–4499
 * by itself; this maps those codes to an error kind the status element explains in words.
 */
import { CloseCode } from '../../../shared/protocol.js';
import type { ErrorKind } from '../state/page-status.js';

export function errorKindForClose(code: number): ErrorKind {
  switch (code) {
    case CloseCode.unauthorised:
    case CloseCode.forbidden:
      return 'auth';
    case CloseCode.documentGone:
      return 'gone';
    case CloseCode.generationMismatch:
      return 'generation';
    default:
      return 'protocol';
  }
}
