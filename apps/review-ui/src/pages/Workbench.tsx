import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useClient } from 'urql';
import { SKIP_REASON_LIMIT } from '@app/domain/input-limits';
import { announce, useAnnounce } from '../announcer';
import { storeAssignment, storedAssignment } from '../assignment-store';
import { LEASE_ENDED, useClaimGone, type Held } from '../claim-gone';
import { ending as sentence, errorCode, errorText } from '../client';
import { ArticleDialog, ClaimContext } from '../components/ClaimContext';
import { LeaseTimer } from '../components/LeaseTimer';
import { LiveBadge } from '../components/LiveBadge';
import { ShortcutSheet } from '../components/ShortcutSheet';
import { SKIP_REASON_ID, SkipForm } from '../components/SkipForm';
import { ErrorState, Loading, Notice } from '../components/States';
import { tooLong } from '../limits';
import { problemsOf, SKIP_BUTTON_ID, SOURCE_FIELDS, VerdictForm, type FormProblems } from '../components/VerdictForm';
import { clearDraft, loadDraft, saveDraft, type Draft } from '../draft';
import { MY_ASSIGNMENTS, RENEW_LEASE, SKIP, SUBMIT_VERDICT, TAKE_NEXT, type Assignment } from '../gql';
import { RATINGS } from '../ratings';
import { navigate } from '../router';
import { useSession } from '../session';

type Phase = { kind: 'taking' } | { kind: 'working' } | { kind: 'empty' } | { kind: 'error'; message: string };
/** A message in the form: an error is said assertively, news (the claim moved on, the lease ended) politely. */
interface Said {
  text: string;
  error: boolean;
}

// What the reviewer can do about a refused submit: only a refusal of the input itself needs a correction.
const nextStep = (code: string | null): string =>
  code === 'BAD_USER_INPUT' ? 'correct it and submit again' : code === null ? 'submit again once you are back online' : 'submit again in a moment';

const INVALID = 'Not submitted yet: fix the marked fields.';
const NOTHING_TO_SKIP = 'Nothing to skip: that claim was no longer yours. Here is the next claim.';
const KEPT = 'Your draft is kept for this claim, in case it comes back to you. Take the next claim to go on.';
const EMPTY = 'No claim is waiting for review right now.';
const LEASE_ENDING = 'Your lease on this claim ends in under a minute. Type or click in the page to keep it: it renews itself while you work.';

const inTextField = (t: EventTarget | null): boolean => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

export function Workbench() {
  const client = useClient();
  const me = useSession()!.user.id;
  const [phase, setPhase] = useState<Phase>({ kind: 'taking' });
  const [assignment, setAssignment] = useState<Assignment | null>(null);
  const [draft, setDraftState] = useState<Draft>(() => ({ rating: null, rationale: '', sources: [] }));
  const [showProblems, setShowProblems] = useState(false);
  const [failure, setFailure] = useState<Said | null>(null);
  const [leaseLost, setLeaseLost] = useState(false);
  const [busy, setBusy] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const [skipping, setSkipping] = useState(false);
  const [skipReason, setSkipReason] = useState('');
  // The skip form's own messages: the reason's length is marked at its field once a skip was tried, and a
  // refused skip is said in the form; both go with the form, so the verdict form shows nothing left over.
  const [skipTried, setSkipTried] = useState(false);
  const [skipFailure, setSkipFailure] = useState<string | null>(null);
  const [sheet, setSheet] = useState(false);
  const [articleOpen, setArticleOpen] = useState(false);
  const rationaleRef = useRef<HTMLTextAreaElement>(null);
  const sourceSeq = useRef(0);
  const started = useRef(false);

  // The newest draft, written the moment it changes: key handlers and submit read it here, so a key
  // pressed before React re-renders never acts on (or saves) an older draft.
  const draftRef = useRef<Draft>(draft);
  const claimId = assignment?.claim.id ?? null;
  const updateDraft = useCallback(
    (update: (d: Draft) => Draft) => {
      const d = update(draftRef.current);
      draftRef.current = d;
      setDraftState(d);
      if (claimId) saveDraft(claimId, d);
    },
    [claimId],
  );
  const submitting = useRef(false);

  // The one place the workbench gives up the claim in hand (lease ended, submit refused, claim moved on):
  // submit is off from here, and the draft stays in the form and in storage.
  const loseClaim = useCallback((what: string, error = false) => {
    setLeaseLost(true);
    // The same news from a second source (the timer, then the sweeper's event) is not news: kept, and not said again.
    const text = `${sentence(what)} ${KEPT}`;
    setFailure((was) => (was?.text === text && was.error === error ? was : { text, error }));
  }, []);

  const hold = useCallback((a: Assignment | null) => {
    setAssignment(a);
    storeAssignment(a);
    if (a) {
      const d = loadDraft(a.claim.id);
      sourceSeq.current = Math.max(0, ...d.sources.map((s) => s.key));
      draftRef.current = d;
      setDraftState(d);
    }
    setShowProblems(false);
    setFailure(null);
    setLeaseLost(false);
    setSkipping(false);
    setSkipReason('');
    setSkipTried(false);
    setSkipFailure(null);
  }, []);

  const takeNext = useCallback(async () => {
    setPhase({ kind: 'taking' });
    // A claim still leased to this reviewer (taken in another tab or on another device) comes first:
    // taking another would leave it locked to them until the lease ran out. If the question fails, take.
    const mine = await client.query<{ myAssignments: Assignment[] }>(MY_ASSIGNMENTS, {}, { requestPolicy: 'network-only' }).toPromise();
    const held = mine.data?.myAssignments[0];
    if (held) {
      hold(held);
      return setPhase({ kind: 'working' });
    }
    const r = await client.mutation<{ takeNextClaim: Assignment | null }>(TAKE_NEXT, {}).toPromise();
    if (r.error || !r.data) return setPhase({ kind: 'error', message: `Could not take a claim: ${errorText(r.error)}` });
    hold(r.data.takeNextClaim);
    setPhase(r.data.takeNextClaim ? { kind: 'working' } : { kind: 'empty' });
  }, [client, hold]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const kept = storedAssignment();
    if (kept) {
      hold(kept);
      setPhase({ kind: 'working' });
    } else void takeNext();
  }, [hold, takeNext]);

  const addSource = useCallback(() => {
    const key = ++sourceSeq.current;
    // Rendered now, not on the next frame, and focused before this key event ends: otherwise the first
    // characters typed after A land on the page as shortcuts (an S in "https" would start a skip).
    flushSync(() => updateDraft((d) => ({ ...d, sources: [...d.sources, { key, url: '', title: '', publisher: '', excerpt: '' }] })));
    document.getElementById(`source-${key}-url`)?.focus();
  }, [updateDraft]);

  const submit = useCallback(async () => {
    if (!assignment || submitting.current || leaseLost) return;
    const draft = draftRef.current;
    setShowProblems(true);
    const problems = problemsOf(draft);
    if (problems) {
      setFailure({ text: INVALID, error: true });
      if (problems.rating) (document.querySelector('.rating') as HTMLElement | null)?.focus();
      else if (problems.rationale) rationaleRef.current?.focus();
      else {
        // The first marked field of the first source with one.
        const bad = draft.sources.find((s) => problems.source[s.key]);
        const field = bad && SOURCE_FIELDS.find((f) => problems.source[bad.key]?.[f]);
        if (bad && field) document.getElementById(`source-${bad.key}-${field}`)?.focus();
      }
      return;
    }
    submitting.current = true;
    setBusy(true);
    const input = {
      assignmentId: assignment.id,
      rating: draft.rating,
      rationale: draft.rationale.trim(),
      sources: draft.sources.map((s) => ({ url: s.url.trim(), title: s.title.trim() || null, publisher: s.publisher.trim() || null, excerpt: s.excerpt.trim() || null })),
    };
    const r = await client.mutation(SUBMIT_VERDICT, { input }).toPromise();
    submitting.current = false;
    setBusy(false);
    if (r.error) {
      // Nothing is cleared: the form and the stored draft keep every word.
      const failed = `Your verdict was not saved: ${sentence(errorText(r.error) ?? '')}`;
      if (errorCode(r.error) === 'CONFLICT') loseClaim(failed, true);
      else setFailure({ text: `${failed} Your draft is kept; ${nextStep(errorCode(r.error))}.`, error: true });
      return;
    }
    clearDraft(assignment.claim.id);
    setFlash('Verdict saved. Here is the next claim.');
    await takeNext();
  }, [assignment, client, takeNext, leaseLost, loseClaim]);

  // A claim no longer the reviewer's has nothing to skip: S and Skip just take the next claim, and say so.
  const skip = useCallback(async () => {
    if (!assignment) return;
    if (leaseLost) {
      setFlash(NOTHING_TO_SKIP);
      return takeNext();
    }
    setSkipTried(true);
    setSkipFailure(null);
    if (tooLong('The reason', skipReason, SKIP_REASON_LIMIT)) return document.getElementById(SKIP_REASON_ID)?.focus();
    setBusy(true);
    const r = await client.mutation(SKIP, { id: assignment.id, reason: skipReason.trim() || null }).toPromise();
    setBusy(false);
    // Refused because the lease had already ended or moved on: the claim is not ours, nothing was skipped.
    const notOurs = errorCode(r.error) === 'CONFLICT' || errorCode(r.error) === 'NOT_FOUND';
    if (r.error && !notOurs) return setSkipFailure(`Could not skip: ${errorText(r.error)}`);
    setFlash(notOurs ? NOTHING_TO_SKIP : 'Skipped. Here is the next claim.');
    await takeNext();
  }, [assignment, client, skipReason, takeNext, leaseLost]);

  const startSkip = useCallback(() => {
    if (leaseLost) void skip();
    else setSkipping(true);
  }, [leaseLost, skip]);

  const leaveSkip = useCallback(() => {
    // Rendered now so the verdict form's Skip button, where the skip began, can take the focus back.
    flushSync(() => {
      setSkipping(false);
      setSkipTried(false);
      setSkipFailure(null);
    });
    document.getElementById(SKIP_BUTTON_ID)?.focus();
  }, []);

  const renew = useCallback(async () => {
    if (!assignment) return;
    const r = await client.mutation<{ renewLease: { expiresAt: string } }>(RENEW_LEASE, { id: assignment.id }).toPromise();
    if (r.data) {
      const renewed = { ...assignment, expiresAt: r.data.renewLease.expiresAt };
      setAssignment(renewed);
      storeAssignment(renewed);
    } else if (errorCode(r.error) === 'CONFLICT' || errorCode(r.error) === 'NOT_FOUND') loseClaim(LEASE_ENDED);
  }, [assignment, client, loseClaim]);

  const expired = useCallback(() => loseClaim(LEASE_ENDED), [loseClaim]);
  const ending = useCallback(() => announce(LEASE_ENDING), []);

  // The claim moved on under the reviewer (an editor, the sweeper, another tab): say so at once. Not while this
  // tab's own submit or skip is under way: those move the claim too, and say what became of it themselves.
  const held = useMemo<Held | null>(() => (phase.kind === 'working' && assignment ? { claimId: assignment.claim.id, round: assignment.claim.reviewRound, reviewerId: me } : null), [phase.kind, assignment, me]);
  const gone = useClaimGone(held);
  useEffect(() => {
    if (gone && !busy) loseClaim(gone);
  }, [gone, busy, loseClaim]);

  useEffect(() => {
    if (!flash) return;
    const t = setTimeout(() => setFlash(null), 4000);
    return () => clearTimeout(t);
  }, [flash]);

  // What changes here is said through the app's one live region (the banners below are only seen): news politely,
  // errors assertively. An empty queue says the flash's first sentence with it, as its notice shows it.
  const flashHead = flash ? `${flash.split('.')[0]}. ` : '';
  useAnnounce(flash, 'polite');
  useAnnounce(phase.kind === 'empty' ? `${flashHead}The queue is empty. ${EMPTY}` : null, 'polite', phase);
  useAnnounce(failure?.text, failure?.error ? 'assertive' : 'polite', failure);
  useAnnounce(skipFailure, 'assertive');
  useAnnounce(phase.kind === 'error' ? phase.message : null, 'assertive', phase);

  // The keyboard: one handler for the whole screen (see ShortcutSheet for the list).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // An open dialog (shortcut sheet, article) has the keyboard; asked of the DOM, which knows the moment Esc closes it.
      if (phase.kind !== 'working' || document.querySelector('dialog[open]')) return;
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        if (skipping) void skip();
        else void submit();
        return;
      }
      if (e.key === 'Escape' && inTextField(e.target) && !skipping) {
        (e.target as HTMLElement).blur();
        return;
      }
      if (inTextField(e.target) || e.ctrlKey || e.metaKey || e.altKey || skipping) return;
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= RATINGS.length) {
        e.preventDefault();
        const rating = RATINGS[n - 1]!.value;
        updateDraft((d) => ({ ...d, rating }));
        return;
      }
      const k = e.key.toLowerCase();
      if (e.key === '?') setSheet(true);
      else if (k === 'a') {
        e.preventDefault();
        addSource();
      } else if (k === 'r') {
        e.preventDefault();
        rationaleRef.current?.focus();
      } else if (k === 's') {
        e.preventDefault();
        startSkip();
      } else if (k === 'o') setArticleOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [phase.kind, skipping, updateDraft, addSource, submit, skip, startSkip]);

  if (phase.kind === 'taking') return <Loading what="the next claim" live={false} />;
  if (phase.kind === 'error') return <ErrorState message={phase.message} retry={() => void takeNext()} live={false} />;
  if (phase.kind === 'empty' || !assignment)
    return (
      <Notice
        title="The queue is empty"
        action={
          <div className="row">
            <button type="button" className="primary" onClick={() => void takeNext()}>
              Check again
            </button>
            <button type="button" onClick={() => navigate('/')}>
              Back to the queue
            </button>
          </div>
        }
      >
        {flashHead}
        {EMPTY} New claims arrive as articles are extracted; check again in a while.
      </Notice>
    );

  const problems: FormProblems | null = showProblems ? problemsOf(draft) : null;
  const skipProblem = skipTried ? tooLong('The reason', skipReason, SKIP_REASON_LIMIT) : null;
  // The "fix the marked fields" note goes once nothing is marked; what the server said stays until the next try.
  const note = failure?.text === INVALID && !problems ? null : failure?.text;
  return (
    <div className={`workbench ${leaseLost ? 'lost' : ''}`}>
      <div className="workbar">
        <button type="button" className="link-button" onClick={() => navigate('/')}>
          ← Queue
        </button>
        {flash && <span className="flash">{flash}</span>}
        <div className="workbar-right">
          <LiveBadge what="Changes to this claim show here at once" />
          <LeaseTimer key={assignment.id} expiresAt={assignment.expiresAt} takenAt={assignment.takenAt} renew={renew} lost={leaseLost} onEnding={ending} onExpired={expired} />
          <button type="button" className="link-button" onClick={() => setSheet(true)} aria-label="Keyboard shortcuts">
            Shortcuts <kbd>?</kbd>
          </button>
        </div>
      </div>
      <div className="workbench-grid">
        <ClaimContext claim={assignment.claim} onOpenArticle={() => setArticleOpen(true)} />
        <div className="form-column">
          {note && (
            <div className={`alert ${leaseLost ? 'lost' : ''}`} data-testid="form-alert">
              <p>{note}</p>
              {leaseLost && (
                <button type="button" className="primary" onClick={() => void takeNext()}>
                  Take the next claim
                </button>
              )}
            </div>
          )}
          {skipping ? (
            <SkipForm reason={skipReason} onReason={setSkipReason} problem={skipProblem} failure={skipFailure} busy={busy} onSkip={() => void skip()} onLeave={leaveSkip} />
          ) : (
            <VerdictForm draft={draft} onChange={updateDraft} problems={problems} rationaleRef={rationaleRef} busy={busy} canSubmit={!leaseLost} onSubmit={() => void submit()} onSkip={startSkip} onAddSource={addSource} />
          )}
        </div>
      </div>
      {sheet && <ShortcutSheet onClose={() => setSheet(false)} />}
      {articleOpen && <ArticleDialog claim={assignment.claim} onClose={() => setArticleOpen(false)} />}
    </div>
  );
}
