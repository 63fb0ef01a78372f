import { useEffect, useMemo } from 'react';
import { useQuery, useSubscription } from 'urql';
import { storeAssignment } from '../assignment-store';
import { errorText } from '../client';
import { LiveBadge } from '../components/LiveBadge';
import { ErrorState, Loading } from '../components/States';
import { MY_ASSIGNMENTS, MY_STATS, QUEUE_STATS, QUEUE_STATS_CHANGED, type Assignment, type MyStats, type QueueStats } from '../gql';
import { navigate, onLinkClick } from '../router';
import { isEditor, useSession } from '../session';

const startOfToday = (): string => {
  const d = new Date();
  d.setHours(0, 0, 0, 0);
  return d.toISOString();
};

export function Home() {
  const session = useSession()!;
  const [stats, refetch] = useQuery<{ queueStats: QueueStats }>({ query: QUEUE_STATS });
  // Live: each change the api announces replaces the figures read at load.
  const [live] = useSubscription<{ queueStatsChanged: QueueStats }>({ query: QUEUE_STATS_CHANGED });
  const since = useMemo(startOfToday, []);
  const [mine] = useQuery<{ reviewerStats: MyStats[] }>({ query: MY_STATS, variables: { me: session.user.id, since } });
  const figures = live.data?.queueStatsChanged ?? stats.data?.queueStats;
  const today = mine.data?.reviewerStats[0];
  // A claim the reviewer holds (taken in another tab or on another device, or left for this page): the button
  // resumes it. Read again whenever the figures move, since a lease that ends or is given back moves them too.
  const [leases, rereadLeases] = useQuery<{ myAssignments: Assignment[] }>({ query: MY_ASSIGNMENTS, requestPolicy: 'network-only' });
  const at = live.data?.queueStatsChanged.at;
  useEffect(() => {
    if (at) rereadLeases({ requestPolicy: 'network-only' });
  }, [at, rereadLeases]);
  const held = leases.data?.myAssignments[0] ?? null;
  const resume = (a: Assignment) => {
    storeAssignment(a); // the workbench opens on it
    navigate('/review');
  };

  const tiles: { key: keyof QueueStats; label: string; hint: string; to?: string }[] = [
    { key: 'waiting', label: 'Waiting', hint: 'queued for a reviewer' },
    { key: 'inReview', label: 'In review', hint: 'leased right now' },
    { key: 'disputed', label: 'Disputed', hint: 'need an editor', to: isEditor(session) ? '/disputes' : undefined },
    { key: 'reviewed', label: 'Reviewed', hint: 'decided, not published' },
    { key: 'published', label: 'Published', hint: 'live fact checks' },
  ];

  return (
    <div className="home">
      <section className="hero">
        <div>
          <h1>Review queue</h1>
          <p className="muted">
            {figures ? (figures.waiting === 0 ? 'No claims are waiting. New ones arrive as articles are extracted.' : `${figures.waiting} claim${figures.waiting === 1 ? '' : 's'} waiting for review.`) : 'Reading the queue…'}
          </p>
          {held && (
            <p id="held-claim-text" className="clamp" data-testid="held-claim">
              You hold a claim: “{held.claim.text}”
            </p>
          )}
        </div>
        {held ? (
          <button type="button" className="primary big" onClick={() => resume(held)} aria-describedby="held-claim-text">
            Resume review
          </button>
        ) : (
          <button type="button" className="primary big" onClick={() => navigate('/review')} disabled={figures?.waiting === 0}>
            Start reviewing
          </button>
        )}
      </section>

      <section aria-labelledby="counts-title">
        <h2 id="counts-title">
          Claims by status{' '}
          <LiveBadge what="The figures update as claims move" />
        </h2>
        {stats.fetching && !figures && <Loading what="the queue figures" />}
        {stats.error && !figures && <ErrorState message={`Could not read the queue: ${errorText(stats.error)}`} retry={() => refetch({ requestPolicy: 'network-only' })} />}
        {figures && (
          <ul className="tiles fill" aria-live="polite">
            {tiles.map((t) => (
              <li key={t.key} className="tile" data-testid={`count-${t.key}`}>
                <span className="tile-value">{figures[t.key]}</span>
                <span className="tile-label">{t.to ? <a href={t.to} onClick={onLinkClick(t.to)}>{t.label}</a> : t.label}</span>
                <span className="tile-hint">{t.hint}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="today-title">
        <h2 id="today-title">Your day</h2>
        {mine.fetching && !mine.data && <Loading what="your figures" />}
        {mine.error && <ErrorState message={`Could not read your figures: ${errorText(mine.error)}`} />}
        {mine.data && (
          <ul className="tiles small">
            <li className="tile" data-testid="today-verdicts">
              <span className="tile-value">{today?.verdicts ?? 0}</span>
              <span className="tile-label">Verdicts today</span>
            </li>
            <li className="tile">
              <span className="tile-value">{today?.medianSecondsToVerdict != null ? formatSeconds(today.medianSecondsToVerdict) : '—'}</span>
              <span className="tile-label">Median time per claim</span>
            </li>
            <li className="tile">
              <span className="tile-value">{today?.agreementWithFinal != null ? `${Math.round(today.agreementWithFinal * 100)} %` : '—'}</span>
              <span className="tile-label">Agreed with final verdict</span>
            </li>
          </ul>
        )}
      </section>
    </div>
  );
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.round(s)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s % 60)} s`;
}
