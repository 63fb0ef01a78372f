import { useEffect, useRef, useState } from 'react';

/**
 * The lease countdown. While the reviewer is active (typed, clicked or moved
 * the pointer since the last renewal) the lease is renewed once half of it has
 * run out, so an active reviewer never loses the claim; an idle one does, and
 * is told shortly before (`onEnding`, once per lease and renewal).
 */
export function LeaseTimer({ expiresAt, takenAt, renew, lost, onEnding, onExpired }: { expiresAt: string; takenAt: string; renew: () => Promise<void>; lost: boolean; onEnding: () => void; onExpired: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const lastActive = useRef(Date.now());
  const lastRenew = useRef(Date.now());
  const renewing = useRef(false);
  const leaseMs = Math.max(1000, new Date(expiresAt).getTime() - new Date(takenAt).getTime());
  const [period] = useState(leaseMs); // the first lease's length is the period every renewal grants
  // A minute before the end, or a quarter of a short lease: after the renewal an active reviewer gets at half, so
  // only an idle one is warned.
  const warnAt = Math.min(60_000, period / 4);
  const warnedFor = useRef<string | null>(null);

  useEffect(() => {
    const active = () => (lastActive.current = Date.now());
    const events = ['keydown', 'pointerdown', 'pointermove', 'input'] as const;
    events.forEach((e) => window.addEventListener(e, active, { passive: true }));
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      events.forEach((e) => window.removeEventListener(e, active));
      clearInterval(t);
    };
  }, []);

  const left = new Date(expiresAt).getTime() - now;
  useEffect(() => {
    if (lost || renewing.current || left <= 0) return;
    if (left < period / 2 && lastActive.current > lastRenew.current) {
      renewing.current = true;
      lastRenew.current = Date.now();
      void renew().finally(() => (renewing.current = false));
    }
  }, [left, period, renew, lost]);

  useEffect(() => {
    if (lost || left <= 0 || left >= warnAt || warnedFor.current === expiresAt) return;
    warnedFor.current = expiresAt;
    onEnding();
  }, [left, warnAt, lost, expiresAt, onEnding]);

  const expired = left <= 0;
  useEffect(() => {
    if (expired && !lost) onExpired();
  }, [expired, lost, onExpired]);

  const secs = Math.max(0, Math.ceil(left / 1000));
  const ended = lost || secs === 0;
  const [m, s] = [Math.floor(secs / 60), secs % 60];
  // Seen: "Lease 4:32", "Lease ended". Heard: the same in words, since "4:32" reads as a time of day.
  const shown = ended ? 'ended' : `${m}:${String(s).padStart(2, '0')}`;
  const heard = ended ? 'Lease ended' : `Lease: ${[m && `${m} ${m === 1 ? 'minute' : 'minutes'}`, s && `${s} ${s === 1 ? 'second' : 'seconds'}`].filter(Boolean).join(' ')} left`;
  const urgent = lost || left < 60_000;
  return (
    <div className={`lease ${urgent ? 'urgent' : ''}`} role="timer" aria-live="off" title={ended ? 'The lease has ended, and the claim went back to the queue' : 'The claim is yours until the lease ends; it renews itself while you work'}>
      <span aria-hidden="true" data-testid="lease">
        <span className="muted">Lease</span> <strong>{shown}</strong>
      </span>
      <span className="visually-hidden">{heard}</span>
    </div>
  );
}
