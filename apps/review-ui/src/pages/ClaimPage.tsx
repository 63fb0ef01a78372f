import { useCallback, useEffect, useRef } from 'react';
import { useQuery, useSubscription } from 'urql';
import { errorText, useLiveConnection } from '../client';
import { ClaimActions } from '../components/ClaimActions';
import { formatDate } from '../components/ClaimContext';
import { LiveBadge } from '../components/LiveBadge';
import { ErrorState, Loading, Notice } from '../components/States';
import { VerdictCard } from '../components/VerdictCard';
import { CLAIM, CLAIM_CHANGED, type ClaimDetail } from '../gql';
import { CLAIM_TYPES, ratingLabel, ratingTone, statusLabel } from '../ratings';
import { onLinkClick } from '../router';
import { isEditor, useSession } from '../session';
import { claimsListHref } from './ClaimsBrowser';

/** One claim for the desk: its reviews, its decision, what an editor can do with it, and the ClaimReview it publishes. */
export function ClaimPage({ id }: { id: string }) {
  const editor = isEditor(useSession());
  const [r, refetch] = useQuery<{ claim: ClaimDetail | null }>({ query: CLAIM, variables: { id } });
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  const previewTitle = useRef<HTMLHeadingElement>(null);
  // Live: each change announced for the claim (by anyone) is read again, so the page and the actions it offers
  // follow the claim's status and version. Read each time the socket opens too, as the workbench does
  // (claim-gone.ts): a change made before the subscription started, or while the socket was down, sends no event.
  const [changed] = useSubscription<{ claimUpdated: { id: string; version: number } }>({ query: CLAIM_CHANGED, variables: { id } });
  const version = changed.data?.claimUpdated.version;
  const connected = useLiveConnection();
  useEffect(() => {
    if (connected) reload();
  }, [connected, version, reload]);
  if (r.fetching && !r.data) return <Loading what="the claim" />;
  if (r.error && !r.data) return <ErrorState message={`Could not read the claim: ${errorText(r.error)}`} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const c = r.data?.claim;
  if (!c) return <Notice title="No such claim" action={<a href="/claims" onClick={onLinkClick('/claims')}>Browse the claims</a>}>It may have been removed, or the link is wrong.</Notice>;
  // requiredReviews applies to the current round: after a reopen, earlier rounds' verdicts do not count towards it.
  const thisRound = c.verdicts.filter((v) => v.round === c.reviewRound).length;

  return (
    <div className="claim-page">
      <div className="row spread">
        <a href={claimsListHref()} onClick={onLinkClick(claimsListHref())} className="back">
          ← All claims
        </a>
        <LiveBadge what="Changes to this claim show here at once" />
      </div>
      <p className="eyebrow">
        {statusLabel(c.status)} · round {c.reviewRound} · {thisRound}/{c.requiredReviews} reviews
      </p>
      <h1 className="claim-text">{c.text}</h1>
      <dl className="facts">
        <div>
          <dt>Claimant</dt>
          <dd>
            {c.claimant ?? '—'}
            {c.claimantRole && <span className="muted">, {c.claimantRole}</span>}
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{CLAIM_TYPES[c.claimType] ?? c.claimType}</dd>
        </div>
        <div>
          <dt>Article</dt>
          <dd>
            {c.article.title} <span className="muted">· {[c.article.source ?? 'unknown source', c.article.publishedAt && formatDate(c.article.publishedAt)].filter(Boolean).join(' · ')}</span>
          </dd>
        </div>
      </dl>
      <blockquote className="paragraph">{c.quote}</blockquote>

      <section aria-labelledby="reviews-title">
        <h2 id="reviews-title">Reviews</h2>
        {c.verdicts.length === 0 ? (
          <p className="muted">No verdicts yet{c.status === 'QUEUED' ? ': the claim is waiting for a reviewer.' : '.'}</p>
        ) : (
          <div className="verdict-columns" style={{ ['--cols' as string]: String(Math.min(3, c.verdicts.length)) }}>
            {c.verdicts.map((v) => (
              <VerdictCard key={v.id} verdict={v} />
            ))}
          </div>
        )}
      </section>

      {c.finalVerdict && (
        <section aria-labelledby="final-title">
          <h2 id="final-title">Decision</h2>
          <p>
            <span className={`pill tone-${ratingTone(c.finalVerdict.rating)}`}>{ratingLabel(c.finalVerdict.rating)}</span> {c.finalVerdict.kind === 'EDITOR' ? `decided by ${c.finalVerdict.decidedBy?.name ?? 'an editor'}` : 'reviewers agreed'}
          </p>
          <p className="rationale">{c.finalVerdict.rationale}</p>
        </section>
      )}

      {editor && <ClaimActions claim={c} reload={reload} onPublished={() => previewTitle.current?.focus()} />}

      <section aria-labelledby="preview-title" className="preview">
        <h2 id="preview-title" ref={previewTitle} tabIndex={-1}>
          ClaimReview preview
        </h2>
        {c.claimReview ? <ClaimReviewPreview review={c.claimReview} /> : <p className="muted">Published fact checks show their ClaimReview here. This claim is not published.</p>}
      </section>
    </div>
  );
}

interface ClaimReviewLd {
  claimReviewed?: string;
  url?: string;
  datePublished?: string;
  author?: { name?: string };
  reviewRating?: { alternateName?: string; ratingValue?: number | string; bestRating?: number | string; worstRating?: number | string };
  itemReviewed?: { author?: { name?: string }; appearance?: { url?: string; headline?: string }[] | { url?: string; headline?: string } };
}

/** Roughly what a search engine shows for the fact check, and the JSON-LD itself. */
function ClaimReviewPreview({ review }: { review: Record<string, unknown> }) {
  const r = review as ClaimReviewLd;
  return (
    <div className="claimreview" data-testid="claimreview-preview">
      <div className="snippet">
        <p className="muted small">{r.author?.name ?? 'Fact check'} · {formatDate(r.datePublished)}</p>
        <p className="snippet-claim">
          <span className="muted">Claim:</span> {r.claimReviewed}
        </p>
        <p>
          <span className="muted">Claimed by:</span> {r.itemReviewed?.author?.name ?? '—'}
        </p>
        <p>
          <span className="muted">Fact check:</span> <strong>{r.reviewRating?.alternateName ?? '—'}</strong>
          {r.reviewRating?.ratingValue !== undefined && <span className="muted"> ({String(r.reviewRating.ratingValue)} of {String(r.reviewRating.bestRating ?? 5)})</span>}
        </p>
        {r.url && <p className="muted small clamp">{r.url}</p>}
      </div>
      <details>
        <summary>JSON-LD</summary>
        <pre>{JSON.stringify(review, null, 2)}</pre>
      </details>
    </div>
  );
}
