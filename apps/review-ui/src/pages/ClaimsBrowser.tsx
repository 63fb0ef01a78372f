import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { SEARCH_TEXT_LIMIT } from '@app/domain/input-limits';
import { errorText } from '../client';
import { ArticlePicker } from '../components/ArticlePicker';
import { formatDate } from '../components/ClaimContext';
import { ErrorState, Loading, Notice } from '../components/States';
import { tooLong } from '../limits';
import { CLAIMS, type ClaimsPage } from '../gql';
import { RATINGS, ratingLabel, ratingTone, STATUSES, statusLabel } from '../ratings';
import { navigate, onLinkClick, useLocation } from '../router';

/** The filters' names in the URL. */
type Field = 'q' | 'status' | 'rating' | 'claimant' | 'article' | 'from' | 'to';

/** A filter field that says whether it is wrong, and points at the message that says why. */
const marks = (field: string, problem: string | null) => ({ 'aria-invalid': problem ? true : undefined, 'aria-describedby': problem ? `${field}-problem` : undefined });

// The list as the editor last left it in this tab (its filters are in the URL): a claim's page links back to it.
let lastView = '/claims';
export const claimsListHref = (): string => lastView;

/** Every claim, newest first; the filters live in the URL so a view can be shared or reloaded. */
export function ClaimsBrowser() {
  const { query } = useLocation();
  const here = `/claims${query.size ? `?${query.toString()}` : ''}`;
  useEffect(() => {
    lastView = here;
  }, [here]);
  const value = (f: Field) => query.get(f) ?? '';
  const [search, setSearch] = useState(value('q'));
  const [claimant, setClaimant] = useState(value('claimant'));
  const [after, setAfter] = useState<string | null>(null);
  const [pages, setPages] = useState<string[]>([]);

  const set = (patch: Partial<Record<Field, string>>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setAfter(null);
    setPages([]);
    navigate(`/claims${next.size ? `?${next.toString()}` : ''}`, { replace: true });
  };

  // Words past the api's limit are marked at their field and not searched for (the api would refuse the whole list).
  const searchProblem = tooLong('The search', search, SEARCH_TEXT_LIMIT);
  const claimantProblem = tooLong('The claimant', claimant, SEARCH_TEXT_LIMIT);
  const tooLongInUrl = !!(tooLong('', value('q'), SEARCH_TEXT_LIMIT) || tooLong('', value('claimant'), SEARCH_TEXT_LIMIT));

  // Typing waits a moment before searching: one request per pause, not per key.
  useEffect(() => {
    const t = setTimeout(() => {
      if (searchProblem || claimantProblem) return;
      if (search !== value('q') || claimant !== value('claimant')) set({ q: search.trim(), claimant: claimant.trim() });
    }, 350);
    return () => clearTimeout(t);
  }, [search, claimant]);

  const filter = {
    search: value('q') || undefined,
    status: value('status') || undefined,
    rating: value('rating') || undefined,
    claimant: value('claimant') || undefined,
    articleId: value('article') || undefined,
    createdFrom: value('from') ? new Date(`${value('from')}T00:00:00`).toISOString() : undefined,
    createdTo: value('to') ? new Date(new Date(`${value('to')}T00:00:00`).getTime() + 86_400_000).toISOString() : undefined,
  };
  const [r, refetch] = useQuery<{ claims: ClaimsPage }>({ query: CLAIMS, variables: { filter, after }, pause: tooLongInUrl });
  const page = r.data?.claims;

  return (
    <div className="browser">
      <h1>Claims</h1>
      <form className="filters" role="search" aria-label="Filter claims" onSubmit={(e) => e.preventDefault()}>
        <div className="field grow">
          <label htmlFor="search">Search</label>
          <input id="search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Words in the claim or claimant" {...marks('search', searchProblem)} />
          {searchProblem && (
            <p id="search-problem" className="field-error">
              {searchProblem}
            </p>
          )}
        </div>
        <label>
          Status
          <select value={value('status')} onChange={(e) => set({ status: e.target.value })}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Published rating
          <select value={value('rating')} onChange={(e) => set({ rating: e.target.value })}>
            <option value="">Any</option>
            {RATINGS.map((x) => (
              <option key={x.value} value={x.value}>
                {x.label}
              </option>
            ))}
          </select>
        </label>
        <div className="field">
          <label htmlFor="claimant">Claimant</label>
          <input id="claimant" value={claimant} onChange={(e) => setClaimant(e.target.value)} {...marks('claimant', claimantProblem)} />
          {claimantProblem && (
            <p id="claimant-problem" className="field-error">
              {claimantProblem}
            </p>
          )}
        </div>
        <label>
          From
          <input type="date" value={value('from')} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          To
          <input type="date" value={value('to')} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <ArticlePicker selectedId={value('article')} onSelect={(a) => set({ article: a.id })} onClear={() => set({ article: '' })} />
      </form>

      {r.fetching && !page && <Loading what="claims" />}
      {r.error && <ErrorState message={`Could not read the claims: ${errorText(r.error)}`} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {page && page.totalCount === 0 && <Notice title="No claims match">Loosen the filters or clear the search to see more claims.</Notice>}
      {page && page.totalCount > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {page.totalCount} claim{page.totalCount === 1 ? '' : 's'}
          </p>
          <table className="claims-table">
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Claimant</th>
                <th scope="col">Article</th>
                <th scope="col">Status</th>
                <th scope="col">Extracted</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node: c }) => (
                <tr key={c.id}>
                  <td data-label="Claim">
                    <a href={`/claims/${c.id}`} onClick={onLinkClick(`/claims/${c.id}`)} className="clamp">
                      {c.text}
                    </a>
                  </td>
                  <td data-label="Claimant">{c.claimant ?? <span className="muted">—</span>}</td>
                  <td data-label="Article">
                    <button type="button" className="link-button left" onClick={() => set({ article: c.article.id })} title="Only this article's claims">
                      {c.article.source ?? c.article.title}
                    </button>
                  </td>
                  <td data-label="Status">
                    {c.publishedVerdict ? <span className={`pill tone-${ratingTone(c.publishedVerdict.rating)}`}>{ratingLabel(c.publishedVerdict.rating)}</span> : <span className="pill">{statusLabel(c.status)}</span>}
                  </td>
                  <td data-label="Extracted">{formatDate(c.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="row pager">
            <button type="button" disabled={pages.length === 0} onClick={() => { const prev = pages.slice(0, -1); setPages(prev); setAfter(prev.at(-1) ?? null); }}>
              ← Newer
            </button>
            <button type="button" disabled={!page.pageInfo.hasNextPage} onClick={() => { if (page.pageInfo.endCursor) { setPages([...pages, page.pageInfo.endCursor]); setAfter(page.pageInfo.endCursor); } }}>
              Older →
            </button>
          </div>
        </>
      )}
    </div>
  );
}
