import { REFERENCE_ARTICLE, submitAndExtract, userWithRole, type ArticleView, type TestUser } from './support/factories';
import { eventually, Stack } from './support/stack';
import { outboxDrained, readClaim, submit, take, W } from './support/workflow';

describe('review workflow: double review, consensus, disputes, publishing (REQUIRED_REVIEWS=2)', () => {
  const stack = new Stack();
  let editor: TestUser;
  let a: TestUser;
  let b: TestUser;
  let c: TestUser;
  let article: ArticleView;
  let agreed: string;
  let disputed: string;

  beforeAll(async () => {
    await stack.start({ env: { REQUIRED_REVIEWS: '2' } });
    editor = await userWithRole(stack, 'EDITOR');
    [a, b, c] = await Promise.all([userWithRole(stack, 'REVIEWER'), userWithRole(stack, 'REVIEWER'), userWithRole(stack, 'REVIEWER')]);
    article = await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE, url: 'https://example.org/workflow' }, stack);
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('two reviewers who agree make the claim REVIEWED, blind to each other until they have both answered', async () => {
    const queued = article.claims.filter((x) => x.status === 'QUEUED');
    expect(queued.length).toBeGreaterThan(3);
    expect((await readClaim(editor.client, queued[0]!.id)).requiredReviews).toBe(2);

    const first = await take(a.client);
    agreed = first!.claim.id;
    await submit(a.client, first!.id, 'TRUE');
    let seen = await readClaim(a.client, agreed);
    expect(seen.status).toBe('QUEUED');
    expect(seen.verdicts).toHaveLength(1);
    expect(seen.finalVerdict).toBeNull();
    await outboxDrained(stack);

    // A never gets the claim again in this round.
    const aNext = await take(a.client);
    expect(aNext?.claim.id).not.toBe(agreed);
    await a.client.ok(W.skip, { id: aNext!.id });
    await outboxDrained(stack);

    // B gets it, and cannot see A's verdict while reviewing; the editor can.
    const second = await take(b.client);
    expect(second?.claim.id).toBe(agreed);
    expect((await readClaim(b.client, agreed)).verdicts).toEqual([]);
    expect((await readClaim(editor.client, agreed)).verdicts).toHaveLength(1);
    await submit(b.client, second!.id, 'TRUE');

    seen = await readClaim(b.client, agreed);
    expect(seen.status).toBe('REVIEWED');
    expect(seen.verdicts.map((v) => v.reviewer.id).sort()).toEqual([a.id, b.id].sort());
    expect(seen.finalVerdict).toMatchObject({ rating: 'TRUE', kind: 'CONSENSUS', round: 1, decidedBy: null });
  });

  it('two reviewers who disagree make it DISPUTED; it waits in the editors’ queue until an editor resolves it', async () => {
    const first = await take(c.client);
    disputed = first!.claim.id;
    expect(disputed).not.toBe(agreed);
    const cVerdict = await submit(c.client, first!.id, 'FALSE', 'The record shows otherwise.');
    await outboxDrained(stack);
    let second = await take(b.client);
    // B may be offered other claims first only if they rank higher; skip those.
    while (second && second.claim.id !== disputed) {
      await b.client.ok(W.skip, { id: second.id });
      await outboxDrained(stack);
      second = await take(b.client);
    }
    expect(second?.claim.id).toBe(disputed);
    await submit(b.client, second!.id, 'MOSTLY_TRUE');
    expect((await readClaim(editor.client, disputed)).status).toBe('DISPUTED');

    const queue = await eventually(async () => {
      const r = await editor.client.ok<{ disputeQueue: { id: string }[] }>(W.disputes);
      return r.disputeQueue.length ? r.disputeQueue : null;
    }, 10000, 'the dispute in the editors’ queue');
    expect(queue.map((x) => x.id)).toEqual([disputed]);
    expect((await editor.client.ok<{ queueStats: { disputed: number; disputeQueueDepth: number } }>(W.stats)).queueStats).toMatchObject({ disputed: 1, disputeQueueDepth: 1 });

    // Redis forgets this service's queues (a flush, an empty restart): the reconciler puts the dispute back from Postgres.
    const keys = await stack.redis.keys(`{${stack.queuePrefix}}:*`);
    if (keys.length) await stack.redis.del(...keys);
    const again = await eventually(async () => {
      const r = await editor.client.ok<{ disputeQueue: { id: string }[] }>(W.disputes);
      return r.disputeQueue.length ? r.disputeQueue : null;
    }, 20000, 'the dispute back in the editors’ queue after Redis forgot it');
    expect(again.map((x) => x.id)).toEqual([disputed]);

    const { resolveDispute } = await editor.client.ok<{ resolveDispute: { status: string; finalVerdict: { rating: string; kind: string } } }>(W.resolve, {
      input: { claimId: disputed, rating: 'FALSE', rationale: 'The Seimas record settles it.', verdictId: cVerdict.id },
    });
    expect(resolveDispute).toMatchObject({ status: 'REVIEWED', finalVerdict: { rating: 'FALSE', kind: 'EDITOR' } });
    const resolved = await readClaim(editor.client, disputed);
    expect(resolved.finalVerdict?.decidedBy?.id).toBe(editor.id);
    expect(resolved.finalVerdict?.verdict?.id).toBe(cVerdict.id);
    expect((await editor.client.ok<{ disputeQueue: unknown[] }>(W.disputes)).disputeQueue).toEqual([]);
  });

  it('an editor publishes the resolved claim; the events record every step', async () => {
    const { publishClaim } = await editor.client.ok<{ publishClaim: { status: string; publishedVerdict: { version: number; rating: string } } }>(W.publish, { id: disputed });
    expect(publishClaim).toMatchObject({ status: 'PUBLISHED', publishedVerdict: { version: 1, rating: 'FALSE' } });
    const claim = await readClaim(editor.client, disputed);
    const path = claim.events.map((e) => `${e.type}:${e.toStatus}`);
    expect(path[0]).toBe('EXTRACTED:EXTRACTED');
    expect(path[1]).toBe('QUEUED_BY_SCORE:QUEUED');
    expect(path.slice(-6)).toEqual(['TAKE:IN_REVIEW', 'VERDICT:QUEUED', 'TAKE:IN_REVIEW', 'VERDICT:DISPUTED', 'RESOLVE:REVIEWED', 'PUBLISH:PUBLISHED']);
    expect(claim.events.at(-2)?.actor?.id).toBe(editor.id);
    expect(claim.events.at(-3)?.actor?.id).toBe(b.id);
  });

  it('publishing is versioned; unpublish and reopen keep the history and start a new round', async () => {
    let v = (await readClaim(editor.client, agreed)).version;
    v = (await editor.client.ok<{ publishClaim: { version: number } }>(W.publish, { id: agreed, version: v })).publishClaim.version;
    v = (await editor.client.ok<{ unpublishClaim: { status: string; version: number } }>(W.unpublish, { id: agreed, version: v })).unpublishClaim.version;
    const again = await editor.client.ok<{ publishClaim: { version: number; publishedVerdict: { version: number } } }>(W.publish, { id: agreed, version: v });
    expect(again.publishClaim.publishedVerdict.version).toBe(2);
    const { reopenClaim } = await editor.client.ok<{ reopenClaim: { status: string; reviewRound: number } }>(W.reopen, { id: agreed, version: again.publishClaim.version });
    expect(reopenClaim).toMatchObject({ status: 'QUEUED', reviewRound: 2 });

    const claim = await readClaim(editor.client, agreed);
    expect(claim.publishedVerdict).toBeNull();
    expect(claim.publishedVerdicts.map((p) => p.version)).toEqual([1, 2]);
    expect(claim.publishedVerdicts.every((p) => p.withdrawnAt !== null)).toBe(true);
    expect(claim.verdicts).toHaveLength(2);
    expect(claim.finalVerdict).toBeNull();
    expect(claim.events.slice(-4).map((e) => e.type)).toEqual(['PUBLISH', 'UNPUBLISH', 'PUBLISH', 'REOPEN']);

    // A new round: a reviewer from round 1 may review it again; round 1 is over, so its verdicts are visible.
    await outboxDrained(stack);
    let next = await take(a.client);
    while (next && next.claim.id !== agreed) {
      await a.client.ok(W.skip, { id: next.id });
      await outboxDrained(stack);
      next = await take(a.client);
    }
    expect(next?.claim.reviewRound).toBe(2);
    const verdict = await submit(a.client, next!.id, 'MOSTLY_TRUE');
    expect(verdict.round).toBe(2);
    expect((await readClaim(a.client, agreed)).verdicts.map((x) => x.round)).toEqual([1, 1, 2]);
    expect((await readClaim(b.client, agreed)).verdicts.map((x) => x.round)).toEqual([1, 1]);
  });

  it('a stale version is refused; of two concurrent edits from the same version exactly one wins', async () => {
    const claim = await readClaim(editor.client, disputed);
    const other = await userWithRole(stack, 'EDITOR');
    const results = await Promise.all([editor.client.raw(W.boost, { id: disputed, boost: 10, version: claim.version }), other.client.raw(W.boost, { id: disputed, boost: 20, version: claim.version })]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect((await readClaim(editor.client, disputed)).version).toBe(claim.version + 1);
  });

  it('comments are visible with the claim and change nothing else', async () => {
    const before = await readClaim(editor.client, disputed);
    await a.client.ok(W.comment, { id: disputed, body: '  Check the Seimas transcript too.  ' });
    await editor.client.ok(W.comment, { id: disputed, body: 'Agreed.' });
    const after = await readClaim(b.client, disputed);
    expect(after.comments).toEqual([
      { body: 'Check the Seimas transcript too.', author: { id: a.id } },
      { body: 'Agreed.', author: { id: editor.id } },
    ]);
    expect(after.version).toBe(before.version);
  });

  it('an editor changes how many reviews a claim needs; lowering it to the verdicts in decides the claim', async () => {
    // A claim nobody has reviewed yet.
    const d = await userWithRole(stack, 'REVIEWER');
    let t = await take(d.client);
    while (t && (await stack.count('verdicts', 'claim_id = $1', [t.claim.id])) > 0) {
      await d.client.ok(W.skip, { id: t.id });
      t = await take(d.client);
    }
    const id = t!.claim.id;
    await submit(d.client, t!.id, 'HALF_TRUE');
    let claim = await readClaim(editor.client, id);
    expect(claim.status).toBe('QUEUED');
    const raised = await editor.client.ok<{ setRequiredReviews: { requiredReviews: number; status: string } }>(W.setRequired, { id, count: 3, version: claim.version });
    expect(raised.setRequiredReviews).toEqual({ requiredReviews: 3, status: 'QUEUED', id, version: claim.version + 1 });
    claim = await readClaim(editor.client, id);
    const lowered = await editor.client.ok<{ setRequiredReviews: { status: string } }>(W.setRequired, { id, count: 1, version: claim.version });
    expect(lowered.setRequiredReviews.status).toBe('REVIEWED');
    expect((await readClaim(editor.client, id)).finalVerdict).toMatchObject({ rating: 'HALF_TRUE', kind: 'CONSENSUS' });
  });

  /** A claim with one verdict in of the two it needs, taken by a second reviewer, and lowered to one by the editor meanwhile. */
  const heldWhileLowered = async (): Promise<{ id: string; held: { id: string }; e: TestUser }> => {
    const [d, e] = await Promise.all([userWithRole(stack, 'REVIEWER'), userWithRole(stack, 'REVIEWER')]);
    let first = await take(d.client);
    while (first && (await stack.count('verdicts', 'claim_id = $1', [first.claim.id])) > 0) {
      await d.client.ok(W.skip, { id: first.id });
      first = await take(d.client);
    }
    const id = first!.claim.id;
    await submit(d.client, first!.id, 'MOSTLY_FALSE');
    expect((await readClaim(editor.client, id)).status).toBe('QUEUED');
    await editor.client.ok(W.pin, { id, pinned: true });
    await outboxDrained(stack);
    const held = (await take(e.client))!;
    expect(held.claim.id).toBe(id);
    // The editor decides one verdict is enough; the claim cannot be decided under the reviewer's lease.
    const lowered = await editor.client.ok<{ setRequiredReviews: { status: string } }>(W.setRequired, { id, count: 1 });
    expect(lowered.setRequiredReviews.status).toBe('IN_REVIEW');
    return { id, held, e };
  };

  it('lowered while a reviewer holds the claim, the requirement decides it as soon as they give it back', async () => {
    const { id, held, e } = await heldWhileLowered();
    await e.client.ok(W.skip, { id: held.id });
    // Given back, it is decided then, rather than waiting in the queue for a verdict nobody needs.
    const claim = await readClaim(editor.client, id);
    expect(claim.status).toBe('REVIEWED');
    expect(claim.finalVerdict).toMatchObject({ rating: 'MOSTLY_FALSE', kind: 'CONSENSUS' });
    expect(claim.events.slice(-2).map((ev) => [ev.type, ev.fromStatus, ev.toStatus, ev.actor?.id])).toEqual([
      ['SKIPPED', 'IN_REVIEW', 'QUEUED', e.id],
      ['DECIDE', 'QUEUED', 'REVIEWED', e.id],
    ]);
    await editor.client.ok(W.pin, { id, pinned: false });
  });

  it('… and when their lease runs out instead, the sweeper decides it', async () => {
    const { id, held } = await heldWhileLowered();
    await stack.pg.query(`UPDATE review_assignments SET expires_at = now() - interval '1 second' WHERE id = $1`, [held.id]);
    await eventually(async () => (await readClaim(editor.client, id)).status === 'REVIEWED', 20000, 'the expired lease to be swept and the claim decided');
    const claim = await readClaim(editor.client, id);
    expect(claim.finalVerdict).toMatchObject({ rating: 'MOSTLY_FALSE', kind: 'CONSENSUS' });
    expect(claim.events.slice(-2).map((ev) => [ev.type, ev.fromStatus, ev.toStatus, ev.actor])).toEqual([
      ['LEASE_EXPIRED', 'IN_REVIEW', 'QUEUED', null],
      ['DECIDE', 'QUEUED', 'REVIEWED', null],
    ]);
    await editor.client.ok(W.pin, { id, pinned: false });
  });

  it('boosting or pinning a waiting claim moves it to the head of the queue', async () => {
    await outboxDrained(stack);
    const { rows } = await stack.pg.query<{ id: string; version: number }>(`SELECT id, version FROM claims WHERE status = 'QUEUED' ORDER BY checkworthiness ASC LIMIT 2`);
    const [low, lower] = rows;
    const fresh = await userWithRole(stack, 'REVIEWER');
    await editor.client.ok(W.boost, { id: low!.id, boost: 100, version: low!.version });
    await outboxDrained(stack);
    expect((await take(fresh.client))?.claim.id).toBe(low!.id);
    await editor.client.ok(W.pin, { id: lower!.id, pinned: true });
    await outboxDrained(stack);
    // Another fresh reviewer: the first still holds the boosted claim, and would be handed it again.
    const fresher = await userWithRole(stack, 'REVIEWER');
    expect((await take(fresher.client))?.claim.id).toBe(lower!.id);
    const events = (await readClaim(editor.client, lower!.id)).events.map((e) => e.type);
    expect(events).toContain('PINNED');
  });
});

describe('agreement and throughput figures', () => {
  const stack = new Stack();

  beforeAll(async () => {
    await stack.start({ env: { REQUIRED_REVIEWS: '2' } });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('reviewerStats counts verdicts and agreement with the final verdict; agreement is Krippendorff’s alpha over the ratings', async () => {
    const editor = await userWithRole(stack, 'EDITOR');
    const [a, b] = await Promise.all([userWithRole(stack, 'REVIEWER'), userWithRole(stack, 'REVIEWER')]);
    await submitAndExtract(editor.client, { title: 'Reference', body: REFERENCE_ARTICLE }, stack);
    // Three claims reviewed twice: agree (TRUE/TRUE), agree (FALSE/FALSE), near miss (MOSTLY_TRUE/TRUE) resolved as TRUE.
    const plan: [string, string][] = [
      ['TRUE', 'TRUE'],
      ['FALSE', 'FALSE'],
      ['MOSTLY_TRUE', 'TRUE'],
    ];
    for (const [ra, rb] of plan) {
      const ta = await take(a.client);
      await submit(a.client, ta!.id, ra);
      await outboxDrained(stack);
      let tb = await take(b.client);
      while (tb && tb.claim.id !== ta!.claim.id) {
        await b.client.ok(W.skip, { id: tb.id });
        await outboxDrained(stack);
        tb = await take(b.client);
      }
      await submit(b.client, tb!.id, rb);
      if (ra !== rb) await editor.client.ok(W.resolve, { input: { claimId: ta!.claim.id, rating: 'TRUE', rationale: 'B is right.' } });
    }

    const { reviewerStats } = await editor.client.ok<{ reviewerStats: { reviewer: { id: string }; verdicts: number; decided: number; matchedFinal: number; agreementWithFinal: number }[] }>(
      `query { reviewerStats { reviewer { id } verdicts decided matchedFinal agreementWithFinal medianSecondsToVerdict } }`,
    );
    const byId = new Map(reviewerStats.map((s) => [s.reviewer.id, s]));
    expect(byId.get(a.id)).toMatchObject({ verdicts: 3, decided: 3, matchedFinal: 2 });
    expect(byId.get(a.id)?.agreementWithFinal).toBeCloseTo(2 / 3, 10);
    expect(byId.get(b.id)).toMatchObject({ verdicts: 3, decided: 3, matchedFinal: 3, agreementWithFinal: 1 });
    // A reviewer sees only their own figures.
    const own = await a.client.ok<{ reviewerStats: { reviewer: { id: string } }[] }>(`query { reviewerStats { reviewer { id } } }`);
    expect(own.reviewerStats.map((s) => s.reviewer.id)).toEqual([a.id]);
    expect(await a.client.code(`query($id: ID) { reviewerStats(reviewerId: $id) { verdicts } }`, { id: b.id })).toBe('FORBIDDEN');

    // Units (5,5), (1,1), (4,5): ordinal alpha by hand from the coincidence matrix, n = 6 values.
    // n_1 = 2, n_4 = 1, n_5 = 3; o(4,5) = o(5,4) = 1; δ²(4,5) = (1 + 3 - (1 + 3) / 2)² = 4; δ²(1,4) = (2 + 1 - 1.5)² = 2.25; δ²(1,5) = (2 + 1 + 3 - 2.5)² = 12.25.
    // α = 1 - (n - 1) Σ o δ² / Σ n_c n_k δ² = 1 - 5 * 8 / (2 * (2*1*2.25 + 2*3*12.25 + 1*3*4)) = 1 - 40 / 180.
    const { agreement } = await editor.client.ok<{ agreement: { alpha: number; units: number; metric: string } }>(`query { agreement { alpha units metric } }`);
    expect(agreement.units).toBe(3);
    expect(agreement.metric).toBe('ordinal');
    expect(agreement.alpha).toBeCloseTo(1 - 40 / 180, 10);
  });
});
