import { useRef, type RefObject } from 'react';
import { VERDICT_LIMITS } from '@app/domain/input-limits';
import { tooLong } from '../limits';
import { urlProblem, type Draft, type SourceDraft } from '../draft';
import { RatingButtons } from './RatingButtons';

export const SOURCE_FIELDS = ['url', 'title', 'publisher', 'excerpt'] as const;
export type SourceField = (typeof SOURCE_FIELDS)[number];

/** The Skip button's id: leaving the skip form gives it the focus back. */
export const SKIP_BUTTON_ID = 'skip-button';

export interface FormProblems {
  rating?: string;
  rationale?: string;
  sources?: string;
  /** By source key: what is wrong with each of its fields. */
  source: Record<number, Partial<Record<SourceField, string>>>;
}


/** What the api would refuse in this draft, checked before anything is sent; null when nothing. */
export function problemsOf(d: Draft): FormProblems | null {
  const p: FormProblems = { source: {} };
  if (!d.rating) p.rating = 'Choose a rating (keys 1–7).';
  if (!d.rationale.trim()) p.rationale = 'Say why: the rationale is published with the rating.';
  else p.rationale = tooLong('The rationale', d.rationale, VERDICT_LIMITS.rationale) ?? undefined;
  if (d.sources.length === 0) p.sources = 'Add at least one source (key A).';
  else if (d.sources.length > VERDICT_LIMITS.sources) p.sources = `A verdict can have at most ${VERDICT_LIMITS.sources} sources; this one has ${d.sources.length}. Remove some.`;
  for (const s of d.sources) {
    const found = {
      url: urlProblem(s.url),
      title: tooLong('The title', s.title, VERDICT_LIMITS.sourceTitle),
      publisher: tooLong('The publisher', s.publisher, VERDICT_LIMITS.sourcePublisher),
      excerpt: tooLong('The quoted excerpt', s.excerpt, VERDICT_LIMITS.sourceExcerpt),
    };
    const bad = Object.fromEntries(Object.entries(found).filter(([, v]) => v)) as FormProblems['source'][number];
    if (Object.keys(bad).length) p.source[s.key] = bad;
  }
  return p.rating || p.rationale || p.sources || Object.keys(p.source).length ? p : null;
}

interface Props {
  draft: Draft;
  /** Changes are updaters over the newest draft, never a copy of the one this render saw. */
  onChange: (update: (d: Draft) => Draft) => void;
  problems: FormProblems | null;
  rationaleRef: RefObject<HTMLTextAreaElement | null>;
  busy: boolean;
  /** False once the claim is no longer this reviewer's: the draft can still be edited, not sent. */
  canSubmit: boolean;
  onSubmit: () => void;
  onSkip: () => void;
  onAddSource: () => void;
}

export function VerdictForm({ draft, onChange, problems, rationaleRef, busy, canSubmit, onSubmit, onSkip, onAddSource }: Props) {
  const setSource = (key: number, patch: Partial<SourceDraft>) => onChange((d) => ({ ...d, sources: d.sources.map((s) => (s.key === key ? { ...s, ...patch } : s)) }));
  const removeSource = (key: number) => onChange((d) => ({ ...d, sources: d.sources.filter((s) => s.key !== key) }));
  return (
    <form
      className="verdict-form"
      aria-labelledby="verdict-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="verdict-title">Verdict</h2>
      <fieldset className="ratings">
        <legend>Rating</legend>
        <RatingButtons value={draft.rating} onChange={(rating) => onChange((d) => ({ ...d, rating }))} label="Rating" keys describedBy={problems?.rating ? 'rating-problem' : undefined} />
        {problems?.rating && (
          <p id="rating-problem" className="field-error">
            {problems.rating}
          </p>
        )}
      </fieldset>

      <label className="block">
        <span className="label-row">
          Rationale <kbd>R</kbd>
        </span>
        <textarea
          ref={rationaleRef}
          rows={4}
          value={draft.rationale}
          aria-invalid={problems?.rationale ? true : undefined}
          aria-describedby={problems?.rationale ? 'rationale-problem' : undefined}
          onChange={(e) => {
            const rationale = e.target.value;
            onChange((d) => ({ ...d, rationale }));
          }}
          placeholder="What the evidence shows, in a few sentences"
        />
      </label>
      {problems?.rationale && (
        <p id="rationale-problem" className="field-error">
          {problems.rationale}
        </p>
      )}

      <fieldset className="sources">
        <legend>Sources</legend>
        {draft.sources.length === 0 && <p className="muted small">No sources yet. Press A to add one.</p>}
        <ol>
          {draft.sources.map((s, i) => (
            <SourceRow key={s.key} n={i + 1} source={s} problems={problems?.source[s.key] ?? {}} onChange={(patch) => setSource(s.key, patch)} onRemove={() => removeSource(s.key)} />
          ))}
        </ol>
        {problems?.sources && <p className="field-error">{problems.sources}</p>}
        <button type="button" onClick={onAddSource}>
          + Add source <kbd>A</kbd>
        </button>
      </fieldset>

      <div className="actions">
        <button type="submit" className="primary" disabled={busy || !canSubmit}>
          {busy ? 'Submitting…' : 'Submit and next'} <kbd>Ctrl ⏎</kbd>
        </button>
        <button id={SKIP_BUTTON_ID} type="button" onClick={onSkip} disabled={busy}>
          Skip <kbd>S</kbd>
        </button>
      </div>
    </form>
  );
}

function SourceRow({ n, source, problems, onChange, onRemove }: { n: number; source: SourceDraft; problems: Partial<Record<SourceField, string>>; onChange: (p: Partial<SourceDraft>) => void; onRemove: () => void }) {
  const id = `source-${source.key}`;
  const urlRef = useRef<HTMLInputElement>(null);
  // Each field points at its own message below the fields (aria-describedby), and says whether it is wrong.
  const marks = (field: SourceField) => ({
    id: `${id}-${field}`,
    'aria-invalid': problems[field] ? true : undefined,
    'aria-describedby': problems[field] ? `${id}-${field}-problem` : undefined,
  });
  return (
    <li className="source" aria-label={`Source ${n}`}>
      <div className="source-grid">
        <label className="wide">
          URL
          <input ref={urlRef} {...marks('url')} data-source-url type="url" inputMode="url" value={source.url} placeholder="https://" onChange={(e) => onChange({ url: e.target.value })} />
        </label>
        <label>
          Title
          <input {...marks('title')} value={source.title} onChange={(e) => onChange({ title: e.target.value })} />
        </label>
        <label>
          Publisher
          <input {...marks('publisher')} value={source.publisher} onChange={(e) => onChange({ publisher: e.target.value })} />
        </label>
        <label className="wide">
          Quoted excerpt
          <textarea {...marks('excerpt')} rows={2} value={source.excerpt} onChange={(e) => onChange({ excerpt: e.target.value })} />
        </label>
      </div>
      {SOURCE_FIELDS.map(
        (field) =>
          problems[field] && (
            <p key={field} id={`${id}-${field}-problem`} className="field-error">
              {problems[field]}
            </p>
          ),
      )}
      <button type="button" className="link-button remove" onClick={onRemove} aria-label={`Remove source ${n}`}>
        Remove
      </button>
    </li>
  );
}
