import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useClient } from 'urql';
import { allows, MUTATION, refusal, WORDS, type EditorAction } from '../editorial';
import type { ClaimDetail } from '../gql';
import { ratingLabel } from '../ratings';
import { ConfirmDialog } from './ConfirmDialog';
import { formatDate } from './ClaimContext';

/** What the last action came to, shown (and focused) under the buttons. */
interface Outcome {
  ok: boolean;
  text: string;
  reload: boolean;
}

/** The claim as the editor saw it when they asked for the action: its version goes with the request. */
interface Asked {
  action: EditorAction;
  claim: ClaimDetail;
}

/**
 * An editor's moves on one claim: publish, withdraw the publication, reopen for a new round. Each offered only when
 * the claim's status allows it; withdrawing and reopening ask first. Each sends the version the editor saw, so a
 * claim changed by someone else meanwhile is refused (CONFLICT) rather than acted on blind.
 */
export function ClaimActions({ claim, reload, onPublished }: { claim: ClaimDetail; reload: () => void; onPublished: () => void }) {
  const client = useClient();
  const [asked, setAsked] = useState<Asked | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const triggers = useRef(new Map<EditorAction, HTMLButtonElement | null>());
  // The buttons that did it may be gone with the claim's new status: the focus goes to what the action came to.
  useEffect(() => outcomeRef.current?.focus(), [outcome]);

  async function run({ action, claim: seen }: Asked) {
    setBusy(true);
    const r = await client.mutation(MUTATION[action], { id: seen.id, version: seen.version }).toPromise();
    setBusy(false);
    setAsked(null);
    if (r.error) return setOutcome({ ok: false, ...refusal(action, r.error) });
    reload();
    // What publishing made is the ClaimReview, on the page below: the page takes the focus there.
    if (action === 'publish') {
      setOutcome(null);
      return onPublished();
    }
    setOutcome({ ok: true, text: done(action, seen), reload: false });
  }

  const cancel = (action: EditorAction) => {
    flushSync(() => setAsked(null));
    triggers.current.get(action)?.focus();
  };

  const again = () => {
    flushSync(() => setOutcome(null));
    reload();
    titleRef.current?.focus();
  };

  const offered = (['publish', 'unpublish', 'reopen'] as const).filter((a) => allows(claim.status, a));
  const live = claim.publishedVerdict;
  return (
    <section aria-labelledby="actions-title" data-testid="claim-actions">
      <h2 id="actions-title" ref={titleRef} tabIndex={-1}>
        Publication
      </h2>
      <p>
        {live ? (
          <>
            Published as <strong>{ratingLabel(live.rating)}</strong> (version {live.version}) on {formatDate(live.publishedAt)}
            {live.publishedBy ? ` by ${live.publishedBy.name}` : ''}.
          </>
        ) : (
          'Not published.'
        )}
      </p>
      {offered.length > 0 && (
        <div className="row">
          {offered.map((a) => (
            <button
              key={a}
              ref={(el) => void triggers.current.set(a, el)}
              type="button"
              className={a === 'publish' ? 'primary' : undefined}
              disabled={busy}
              // Publishing is the desk's everyday move; withdrawing and reopening undo a decision, so they ask first.
              onClick={() => (a === 'publish' ? void run({ action: a, claim }) : setAsked({ action: a, claim }))}
            >
              {WORDS[a].button}
            </button>
          ))}
        </div>
      )}
      {outcome && (
        <div ref={outcomeRef} tabIndex={-1} className={`alert outcome ${outcome.ok ? 'ok' : ''}`} data-testid="claim-action-outcome">
          <p>{outcome.text}</p>
          {outcome.reload && (
            <button type="button" onClick={again}>
              Reload the claim
            </button>
          )}
        </div>
      )}
      {asked && <Confirm asked={asked} busy={busy} onConfirm={() => void run(asked)} onCancel={() => cancel(asked.action)} />}
    </section>
  );
}

function done(action: Exclude<EditorAction, 'publish'>, c: ClaimDetail): string {
  switch (action) {
    case 'unpublish':
      return 'Withdrawn. The fact check has left the ClaimReview feed; the claim is reviewed again and can be published again.';
    case 'reopen':
      return `Reopened. The claim is back in the review queue for round ${c.reviewRound + 1}.`;
  }
}

function Confirm({ asked: { action, claim: c }, busy, onConfirm, onCancel }: { asked: Asked; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const live = c.publishedVerdict;
  const published = live ? `${ratingLabel(live.rating)} (version ${live.version})` : null;
  if (action === 'unpublish')
    return (
      <ConfirmDialog title="Withdraw this fact check?" confirm="Withdraw" confirming="Withdrawing…" busy={busy} onConfirm={onConfirm} onCancel={onCancel}>
        <p>
          “{c.text}” is published as {published ?? 'a fact check'}. Withdrawn, it leaves the ClaimReview feed at once, and sites that read the feed drop it when they next
          poll.
        </p>
        <p>The claim is reviewed again: its decision stays, and you can publish it again later.</p>
      </ConfirmDialog>
    );
  return (
    <ConfirmDialog title="Reopen this claim for review?" confirm="Reopen" confirming="Reopening…" busy={busy} onConfirm={onConfirm} onCancel={onCancel}>
      <p>
        “{c.text}” goes back to the review queue for round {c.reviewRound + 1}, and reviewers rate it again. Its verdicts, decision and publications stay in
        its history.
      </p>
      {published && <p>Its published fact check, {published}, is withdrawn too and leaves the ClaimReview feed.</p>}
      {c.status === 'DISPUTED' && <p>The dispute leaves the editors&apos; queue undecided.</p>}
    </ConfirmDialog>
  );
}
