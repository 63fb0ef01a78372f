import { useEffect, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { VERDICT_LIMITS } from '@app/domain/input-limits';
import { errorCode, errorText } from '../client';
import { refusal } from '../editorial';
import { ErrorState, Loading, Notice } from '../components/States';
import { tooLong } from '../limits';
import { DISPUTES, PUBLISH, RESOLVE, type DisputedClaim, type Verdict } from '../gql';
import { RatingButtons } from '../components/RatingButtons';
import { VerdictCard } from '../components/VerdictCard';
import { ratingLabel, type Rating } from '../ratings';
import { navigate, onLinkClick } from '../router';

/** Disputed claims, oldest first; the chosen one's verdicts side by side, and the editor's decision. */
export function Disputes() {
  const [r, refetch] = useQuery<{ disputeQueue: DisputedClaim[] }>({ query: DISPUTES });
  const [selected, setSelected] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  // Each dispute's decision as far as the editor got, kept while they look at another one.
  const drafts = useRef(new Map<string, Decision>());
  // A resolve refused because the claim moved on (another editor decided it, say): said above the list, which is read again.
  const [stale, setStale] = useState<string | null>(null);
  const list = r.data?.disputeQueue ?? [];
  const current = list.find((c) => c.id === selected) ?? (done ? null : list[0]) ?? null;

  if (r.fetching && !r.data) return <Loading what="disputed claims" />;
  if (r.error && !r.data) return <ErrorState message={`Could not read the disputes: ${errorText(r.error)}`} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  return (
    <div className="disputes">
      <h1>Disputed claims</h1>
      {stale && (
        <p className="alert" role="alert">
          {stale}
        </p>
      )}
      {done && <Resolved key={done.id} done={done} onPublished={() => setDone({ ...done, published: true, publishError: null })} />}
      {list.length === 0 && !done && (
        <Notice title="No disputes" action={<a href="/claims" onClick={onLinkClick('/claims')}>Browse all claims</a>}>
          Every claim the reviewers disagreed on has been decided. Disputes appear here when independent reviewers give different ratings.
        </Notice>
      )}
      {list.length > 0 && (
        <div className="dispute-layout">
          <nav aria-label="Disputed claims" className="dispute-list">
            <ul>
              {list.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    aria-current={c.id === current?.id ? 'true' : undefined}
                    onClick={() => {
                      setSelected(c.id);
                      setStale(null);
                    }}
                  >
                    <span className="clamp">{c.text}</span>
                    <span className="muted small">
                      {c.verdicts.map((v) => ratingLabel(v.rating)).join(' vs ')} · {c.article.source ?? c.article.title}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {current && (
            <DisputeDetail
              key={current.id}
              claim={current}
              draft={drafts.current.get(current.id)}
              onDraft={(d) => {
                drafts.current.set(current.id, d);
              }}
              onStale={() => {
                setStale('Not resolved: this claim changed since you read it (another editor may have decided it). The disputes were read again: if it is still listed, check it and resolve it again.');
                refetch({ requestPolicy: 'network-only' });
              }}
              onResolved={(rating, version, published, publishError) => {
                drafts.current.delete(current.id);
                setStale(null);
                setDone({ id: current.id, text: current.text, version, published, rating, publishError });
                setSelected(null);
                refetch({ requestPolicy: 'network-only' });
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}

interface Decision {
  rating: Rating | null;
  rationale: string;
  takeOver: Verdict | null;
}

interface Done {
  id: string;
  text: string;
  /** The claim's version once resolved: Publish is refused (CONFLICT) if the decision changed since, e.g. reopened and decided again. */
  version: number;
  published: boolean;
  rating: string;
  /** Resolved, but publishing right after failed: why. */
  publishError?: string | null;
}

function Resolved({ done, onPublished }: { done: Done; onPublished: () => void }) {
  const client = useClient();
  const [error, setError] = useState<string | null>(done.publishError ?? null);
  const [busy, setBusy] = useState(false);
  // The decision form went with the dispute: the focus moves to what comes next (publish, then the ClaimReview),
  // not back to the top of the page.
  const publishRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => (done.published ? openRef : publishRef).current?.focus(), [done.published]);
  async function publish() {
    setBusy(true);
    const r = await client.mutation(PUBLISH, { id: done.id, version: done.version }).toPromise();
    setBusy(false);
    if (r.error) setError(refusal('publish', r.error).text);
    else {
      setError(null);
      onPublished();
    }
  }
  return (
    <div className="alert ok" role="status" data-testid="resolved">
      <p>
        Resolved as <strong>{ratingLabel(done.rating)}</strong>: “{done.text}”. {done.published ? 'Published.' : ''}
      </p>
      {error && <p className="field-error">{error}</p>}
      <div className="row">
        {!done.published && (
          <button ref={publishRef} type="button" className="primary" onClick={() => void publish()} disabled={busy}>
            {busy ? 'Publishing…' : 'Publish'}
          </button>
        )}
        <a ref={openRef} href={`/claims/${done.id}`} onClick={onLinkClick(`/claims/${done.id}`)}>
          {done.published ? 'See the ClaimReview' : 'Open the claim'}
        </a>
      </div>
    </div>
  );
}

function DisputeDetail({
  claim,
  draft,
  onDraft,
  onStale,
  onResolved,
}: {
  claim: DisputedClaim;
  draft: Decision | undefined;
  onDraft: (d: Decision) => void;
  onStale: () => void;
  onResolved: (rating: string, version: number, published: boolean, publishError?: string | null) => void;
}) {
  const client = useClient();
  const [rating, setRating] = useState<Rating | null>(draft?.rating ?? null);
  const [rationale, setRationale] = useState(draft?.rationale ?? '');
  const [takeOver, setTakeOver] = useState<Verdict | null>(draft?.takeOver ?? null);
  useEffect(() => {
    onDraft({ rating, rationale, takeOver });
  }, [rating, rationale, takeOver]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Marked at their fields once a resolve was tried, and re-checked as the editor fixes them.
  const [tried, setTried] = useState(false);
  const ratingsRef = useRef<HTMLDivElement>(null);
  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setError(null), [rating, rationale]);
  const problems = {
    rating: rating ? null : 'Choose the decided rating.',
    rationale: rationale.trim() ? tooLong('The rationale', rationale, VERDICT_LIMITS.rationale) : 'Write the rationale the decision will publish.',
  };
  const shown = tried ? problems : { rating: null, rationale: null };

  const adopt = (v: Verdict) => {
    setTakeOver(v);
    setRating(v.rating as Rating);
    setRationale(v.rationale);
  };

  async function resolve(andPublish: boolean) {
    setTried(true);
    if (!rating || problems.rationale) {
      // The first field to fix gets the focus: the chosen (or first) rating, else the rationale.
      if (!rating) ratingsRef.current?.querySelector<HTMLElement>('[role="radio"][tabindex="0"]')?.focus();
      else rationaleRef.current?.focus();
      return;
    }
    setBusy(true);
    const verdictId = takeOver && takeOver.rating === rating ? takeOver.id : null;
    const r = await client.mutation<{ resolveDispute: { version: number } }>(RESOLVE, { input: { claimId: claim.id, rating, rationale: rationale.trim(), verdictId, version: claim.version } }).toPromise();
    if (r.error || !r.data) {
      setBusy(false);
      if (errorCode(r.error) === 'CONFLICT') return onStale();
      return setError(`Not resolved: ${errorText(r.error)}`);
    }
    if (andPublish) {
      const p = await client.mutation(PUBLISH, { id: claim.id, version: r.data.resolveDispute.version }).toPromise();
      setBusy(false);
      // Worded as the claim page words it; the banner above it already says the dispute was resolved.
      return onResolved(rating, r.data.resolveDispute.version, !p.error, p.error ? refusal('publish', p.error).text : null);
    }
    setBusy(false);
    onResolved(rating, r.data.resolveDispute.version, false);
  }

  return (
    <section className="dispute-detail" aria-labelledby="dispute-claim">
      <p className="eyebrow">
        {claim.article.title} · {claim.article.source ?? 'unknown source'} · round {claim.reviewRound}
      </p>
      <h2 id="dispute-claim" className="claim-text">
        {claim.text}
      </h2>
      {claim.claimant && <p className="muted">Claimed by {claim.claimant}</p>}
      <div className="verdict-columns" style={{ ['--cols' as string]: String(Math.max(1, claim.verdicts.length)) }}>
        {claim.verdicts.map((v) => (
          <VerdictCard key={v.id} verdict={v}>
            <button type="button" onClick={() => adopt(v)} aria-pressed={takeOver?.id === v.id}>
              Take over this verdict
            </button>
          </VerdictCard>
        ))}
      </div>

      <form
        className="resolve-form"
        aria-labelledby="resolve-title"
        onSubmit={(e) => {
          e.preventDefault();
          void resolve(false);
        }}
      >
        <h3 id="resolve-title">Your decision</h3>
        <div ref={ratingsRef}>
          <RatingButtons value={rating} onChange={setRating} label="Decided rating" describedBy={shown.rating ? 'decided-rating-problem' : undefined} />
        </div>
        {shown.rating && (
          <p id="decided-rating-problem" className="field-error">
            {shown.rating}
          </p>
        )}
        <label className="block">
          Rationale to publish
          <textarea
            ref={rationaleRef}
            rows={4}
            value={rationale}
            aria-invalid={shown.rationale ? true : undefined}
            aria-describedby={shown.rationale ? 'decided-rationale-problem' : undefined}
            onChange={(e) => setRationale(e.target.value)}
          />
        </label>
        {shown.rationale && (
          <p id="decided-rationale-problem" className="field-error">
            {shown.rationale}
          </p>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void resolve(true)}>
            Resolve and publish
          </button>
          <button type="submit" disabled={busy}>
            Resolve only
          </button>
          <button type="button" className="link-button" onClick={() => navigate(`/claims/${claim.id}`)}>
            Open the claim
          </button>
        </div>
      </form>
    </section>
  );
}
