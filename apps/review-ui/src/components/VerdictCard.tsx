import type { ReactNode } from 'react';
import type { Verdict } from '../gql';
import { ratingLabel, ratingTone } from '../ratings';
import { formatDate } from './ClaimContext';

/** One reviewer's verdict: rating, rationale, sources; `children` adds actions (e.g. take it over). */
export function VerdictCard({ verdict: v, children }: { verdict: Verdict; children?: ReactNode }) {
  return (
    <article className="verdict-card" aria-label={`Verdict by ${v.reviewer.name}`}>
      <header>
        <span className={`pill tone-${ratingTone(v.rating)}`}>{ratingLabel(v.rating)}</span>
        <span className="muted small">
          {v.reviewer.name} · round {v.round} · {formatDate(v.createdAt)}
        </span>
      </header>
      <p className="rationale">{v.rationale}</p>
      <ul className="source-list">
        {v.sources.map((s, i) => (
          <li key={i}>
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.title || s.url}
            </a>
            {s.publisher && <span className="muted"> · {s.publisher}</span>}
            {s.excerpt && <q className="excerpt">{s.excerpt}</q>}
          </li>
        ))}
      </ul>
      {children}
    </article>
  );
}
