/**
 * Structured JSON logs (pino). Handlers log chosen fields only — never request bodies, URLs with
 * fragments, tokens, join codes or note text; the redact list is a second line of defence.
 */
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'dialogdag' },
      redact: {
        paths: [
          'token',
          'code',
          'joinCode',
          'text',
          'headers.authorization',
          'headers["sec-websocket-protocol"]',
          '*.token',
          '*.joinCode',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
