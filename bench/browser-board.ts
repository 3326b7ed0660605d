/**
 * Browser benchmark of the clustering board (issue 7, browser part) — NOT AVAILABLE YET.
 *
 * TODO(issue 5): the board UI is being built (client/src/features/board is a placeholder). When it
 * lands, this module should: start `npm start` on a temporary DATA_DIR, create an event whose tables
 * hold 2,000 notes (seed them over the sync protocol as bench/scenarios/late-join.ts does), open
 * `/f/<eventId>/board` in Debian's Chromium through playwright-core (flags as in tests/e2e/browser.ts),
 * and measure with Performance API marks placed by the board itself:
 *   - time until interactive (navigation start → the board's "ready" mark, all 2,000 notes rendered);
 *   - drop → committed and re-rendered, p50/p95 over 100 moves (keyboard "Flytta till…" path).
 * Goal: drop p95 ≤ 50 ms. The runner already prints and stores whatever this returns.
 */
export interface BrowserBoardResult {
  available: boolean;
  reason?: string;
  interactiveMs?: number;
  dropP50Ms?: number;
  dropP95Ms?: number;
}

export async function browserBoard(): Promise<BrowserBoardResult> {
  return { available: false, reason: 'not available yet: the clustering board UI (issue 5) is not built' };
}
