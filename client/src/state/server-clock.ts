/**
 * The server's clock, as seen from this device. The timer is a start time written by the
 * facilitator's laptop and read by every tablet and the projector; with each device's own clock, a
 * tablet whose clock is a minute off would count down a minute off. Every device therefore writes
 * and reads times on the server's clock: one round trip to GET /api/time at start (NTP-style: the
 * server's time corresponds to the midpoint of the round trip), refreshed now and then.
 */
let offsetMs = 0;
let measuring: Promise<void> | null = null;
const REFRESH_MS = 10 * 60_000;

/** Now, in milliseconds since the epoch, on the server's clock (this device's clock until measured). */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

async function measure(): Promise<void> {
  try {
    const sentAt = Date.now();
    const response = await fetch('/api/time', { cache: 'no-store', credentials: 'omit' });
    const receivedAt = Date.now();
    if (!response.ok) return;
    const { nowMs } = (await response.json()) as { nowMs: number };
    // A slow answer says little about when the server read its clock: keep the old estimate.
    if (typeof nowMs === 'number' && receivedAt - sentAt < 5000) offsetMs = nowMs - (sentAt + receivedAt) / 2;
  } catch {
    // Offline: this device's clock until the network is back.
  }
}

/** Starts measuring (once per page); safe to call from every component that shows a time. */
export function syncServerClock(): Promise<void> {
  if (!measuring) {
    measuring = measure();
    setInterval(() => void measure(), REFRESH_MS);
  }
  return measuring;
}
