import { useEffect, useState } from 'react';
import { serverNow, syncServerClock } from '../state/server-clock.js';

/** The current time on the server's clock, re-read every `intervalMs` while `active` (for countdowns). */
export function useNow(active: boolean, intervalMs = 1000): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    if (!active) return;
    void syncServerClock().then(() => setNow(serverNow()));
    setNow(serverNow());
    const timer = setInterval(() => setNow(serverNow()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
