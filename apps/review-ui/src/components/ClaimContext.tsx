import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { SIMILAR, type Similar, type WorkClaim } from '../gql';
import { CLAIM_TYPES, ratingLabel, ratingTone, statusLabel } from '../ratings';

/** The paragraph around the claim's sentence, cut from the article body by the claim's offsets. */
export function paragraphAround(body: string, start: number, end: number): { before: string; sentence: string; after: string } {
  const from = body.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  const nl = body.indexOf('\n', end);
  const to = nl === -1 ? body.length : nl;
  return { before: body.slice(from, start), sentence: body.slice(start, end), after: body.slice(end, to) };
}

export const formatDate = (iso: string | null | undefined): string => (iso ? new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }) : '—');

export function ClaimContext({ claim, onOpenArticle }: { claim: WorkClaim; onOpenArticle: () => void }) {
  const p = paragraphAround(claim.article.body, claim.spanStart, claim.spanEnd);
  return (
    <article className="claim-context" aria-labelledby="claim-text">
      <p className="eyebrow">Claim</p>
      <h1 id="claim-text" className="claim-text" data-testid="claim-text">
        {claim.text}
      </h1>
      <dl className="facts">
        <div>
          <dt>Claimant</dt>
          <dd>
            {claim.claimant ?? <span className="muted">not named</span>}
            {claim.claimantRole && <span className="muted">, {claim.claimantRole}</span>}
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{CLAIM_TYPES[claim.claimType] ?? claim.claimType}</dd>
        </div>
        <div>
          <dt>Check-worthiness</dt>
          <dd>
            <span className="score" style={{ ['--score' as string]: String(claim.checkworthiness) }} aria-hidden="true" /> {Math.round(claim.checkworthiness * 100)} %
          </dd>
        </div>
      </dl>

      <section className="source-article" aria-labelledby="article-title">
        <p className="eyebrow">In the article</p>
        <h2 id="article-title">{claim.article.title}</h2>
        <p className="muted byline">
          {claim.article.source ?? 'Unknown source'} · {formatDate(claim.article.publishedAt ?? claim.article.createdAt)}
        </p>
        <blockquote className="paragraph" data-testid="paragraph">
          {p.before}
          <mark>{p.sentence}</mark>
          {p.after}
        </blockquote>
        <button type="button" className="link-button" onClick={onOpenArticle}>
          Open the full article <kbd>O</kbd>
        </button>
      </section>

      <SimilarClaims claim={claim} />
    </article>
  );
}

function SimilarClaims({ claim }: { claim: WorkClaim }) {
  const [r] = useQuery<{ similarClaims: Similar[] }>({ query: SIMILAR, variables: { text: claim.text } });
  const items = (r.data?.similarClaims ?? []).filter((s) => s.claim.id !== claim.id);
  return (
    <section className="similar" aria-labelledby="similar-title">
      <h2 id="similar-title">Similar claims</h2>
      {r.fetching && !r.data && <p className="muted">Looking for similar claims…</p>}
      {r.error && <p className="muted">Similar claims could not be loaded; the review does not depend on them.</p>}
      {r.data && items.length === 0 && <p className="muted">None known yet.</p>}
      <ul>
        {items.map((s) => {
          const rating = s.claim.publishedVerdict?.rating ?? s.claim.finalVerdict?.rating ?? null;
          return (
            <li key={s.claim.id}>
              <span className={`pill tone-${ratingTone(rating)}`}>{rating ? ratingLabel(rating) : statusLabel(s.claim.status)}</span>
              <span className="similar-text">{s.claim.text}</span>
              <span className="muted small">
                {s.claim.article.source ?? s.claim.article.title} · {Math.round(s.similarity * 100)} % alike
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The whole article, the claim's sentence marked and scrolled into view. */
export function ArticleDialog({ claim, onClose }: { claim: WorkClaim; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.showModal();
    mark.current?.scrollIntoView({ block: 'center' });
  }, []);
  const body = claim.article.body;
  return (
    <dialog ref={ref} className="article-dialog" aria-labelledby="full-article-title" onClose={onClose}>
      <header>
        <h2 id="full-article-title">{claim.article.title}</h2>
        <button type="button" onClick={() => ref.current?.close()} aria-label="Close the article">
          ×
        </button>
      </header>
      <p className="muted byline">
        {claim.article.source ?? 'Unknown source'} · {formatDate(claim.article.publishedAt ?? claim.article.createdAt)}
        {claim.article.url && (
          <>
            {' · '}
            <a href={claim.article.url} target="_blank" rel="noreferrer noopener">
              original
            </a>
          </>
        )}
      </p>
      <div className="article-body">
        {body.slice(0, claim.spanStart)}
        <mark ref={mark}>{body.slice(claim.spanStart, claim.spanEnd)}</mark>
        {body.slice(claim.spanEnd)}
      </div>
    </dialog>
  );
}
