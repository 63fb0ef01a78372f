import { useLiveConnection } from '../client';

/** "live" while the subscription socket is open, "connecting" until then; `what` says what updates by itself. */
export function LiveBadge({ what }: { what: string }) {
  const connected = useLiveConnection();
  return (
    <span className={`live ${connected ? 'on' : ''}`} title={connected ? what : 'Connecting for live updates'} data-testid="live">
      {connected ? 'live' : 'connecting'}
    </span>
  );
}
