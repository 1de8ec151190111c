// When the session will end, as the client can tell: the server's idle limit counted from the last API request
// this page made (seen through resource timing, so no request needs to report itself), capped by the absolute
// expiry. Warns a minute before (half the idle limit when that is shorter) and calls onTimeout at the end.
import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from '../api';

interface SessionStatus {
  idleTimeoutSeconds: number;
  expiresAt: string;
}

export type TimeoutPhase = { phase: 'active' } | { phase: 'warning'; reason: 'idle' | 'absolute'; endsAt: number };

const WARNING_MS = 60_000;

function isApiRequest(entry: PerformanceEntry): boolean {
  try {
    const url = new URL(entry.name);
    return url.origin === window.location.origin && url.pathname.startsWith('/api/');
  } catch {
    return false;
  }
}

/** Each API request this page makes, reported with the time it started (the server's idle clock restarts then or later). */
function watchApiRequests(onRequest: (startedAt: number) => void): () => void {
  if (typeof PerformanceObserver === 'undefined') return () => {};
  const observer = new PerformanceObserver((list) => {
    const starts = list.getEntries().filter(isApiRequest).map((entry) => performance.timeOrigin + entry.startTime);
    if (starts.length) onRequest(Math.max(...starts));
  });
  observer.observe({ type: 'resource', buffered: false });
  return () => observer.disconnect();
}

export function useSessionTimeout(signedIn: boolean, onTimeout: () => void) {
  const [status, setStatus] = useState<{ idleMs: number; expiresAt: number } | null>(null);
  const [lastRequest, setLastRequest] = useState(() => Date.now());
  const [phase, setPhase] = useState<TimeoutPhase>({ phase: 'active' });
  const timeoutRef = useRef(onTimeout);
  timeoutRef.current = onTimeout;

  const refresh = useCallback(async () => {
    const started = Date.now();
    const next = await request<SessionStatus>('/api/session');
    setStatus({ idleMs: next.idleTimeoutSeconds * 1000, expiresAt: Date.parse(next.expiresAt) });
    setLastRequest((last) => Math.max(last, started));
  }, []);

  useEffect(() => {
    if (!signedIn) {
      setStatus(null);
      return;
    }
    refresh().catch(() => {
      // Signed out meanwhile (the API's 401 handling takes over) or unreachable: no warning to show.
    });
    return watchApiRequests((startedAt) => setLastRequest((last) => Math.max(last, startedAt)));
  }, [signedIn, refresh]);

  useEffect(() => {
    if (!status) {
      setPhase({ phase: 'active' });
      return;
    }
    const idleEnd = lastRequest + status.idleMs;
    const reason = status.expiresAt <= idleEnd ? 'absolute' : 'idle';
    const endsAt = Math.min(idleEnd, status.expiresAt);
    const warnAt = endsAt - Math.min(WARNING_MS, status.idleMs / 2);
    const now = Date.now();
    setPhase(now >= warnAt ? { phase: 'warning', reason, endsAt } : { phase: 'active' });
    const timers = [
      window.setTimeout(() => setPhase({ phase: 'warning', reason, endsAt }), Math.max(0, warnAt - now)),
      window.setTimeout(() => timeoutRef.current(), Math.max(0, endsAt - now)),
    ];
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, [status, lastRequest]);

  /** "Stay signed in": one cheap request, which moves the server's idle expiry on. */
  const staySignedIn = useCallback(() => refresh(), [refresh]);
  return { ...phase, staySignedIn } as TimeoutPhase & { staySignedIn: () => Promise<void> };
}
