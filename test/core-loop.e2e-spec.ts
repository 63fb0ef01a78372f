import { aSource, Q, REFERENCE_ARTICLE, submitAndExtract, userWithRole, type ArticleView } from './support/factories';
import { Stack } from './support/stack';

describe('core loop: an article in, reviewed and sourced claims out', () => {
  const stack = new Stack();
  let article: ArticleView;

  beforeAll(async () => {
    await stack.start();
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('extracts the reference article’s check-worthy claims and none of its furniture', async () => {
    const editor = await userWithRole(stack, 'EDITOR');
    article = await submitAndExtract(editor.client, { title: 'Lithuania has withdrawn from the Convention on Cluster Munitions to deter Russia', body: REFERENCE_ARTICLE, url: 'https://example.org/lt-cluster', source: 'Example News' }, stack);
    const texts = article.claims.map((c) => c.quote);
    const find = (re: RegExp) => article.claims.find((c) => re.test(c.quote));
    expect(find(/99 members of parliament, one opposed, and three abstained/)).toBeDefined();
    const pledge = find(/solely for defensive purposes/);
    expect(pledge?.claimant).toBe('Renus Pleshkis');
    expect(find(/reduces the need for standard ammunition, thus cutting procurement costs/)).toBeDefined();
    expect(find(/high effectiveness in repelling large-scale attacks/)).toBeDefined();
    for (const junk of ['Share this article', 'Facebook Twitter LinkendIn', 'Article top vertical']) {
      expect(texts.join('\n')).not.toContain(junk);
    }
    // Offsets point into the body as submitted.
    for (const c of article.claims) expect(REFERENCE_ARTICLE.slice(c.spanStart, c.spanEnd)).toBe(c.quote);
    // The check-worthy ones are queued for review.
    expect(article.claims.some((c) => c.status === 'QUEUED')).toBe(true);
  });

  it('submitting the same article again returns the same article and the same claims', async () => {
    const editor = await userWithRole(stack, 'EDITOR');
    const again = await submitAndExtract(editor.client, { title: 'Again', body: REFERENCE_ARTICLE });
    expect(again.id).toBe(article.id);
    expect(again.claims.map((c) => c.id).sort()).toEqual(article.claims.map((c) => c.id).sort());
    const byUrl = await submitAndExtract(editor.client, { title: 'Same URL, edited body', body: `${REFERENCE_ARTICLE}\nUpdated.`, url: 'https://example.org/lt-cluster' });
    expect(byUrl.id).toBe(article.id);
    expect(await stack.count('articles')).toBe(1);
    expect(await stack.count('claims')).toBe(article.claims.length);
  });

  it('a reviewer takes the next claim, submits a sourced verdict and reads it back with its history', async () => {
    const reviewer = await userWithRole(stack, 'REVIEWER');
    const { takeNextClaim } = await reviewer.client.ok<{ takeNextClaim: { id: string; expiresAt: string; claim: { id: string; status: string } } }>(Q.takeNext);
    expect(takeNextClaim.claim.status).toBe('IN_REVIEW');
    expect(article.claims.map((c) => c.id)).toContain(takeNextClaim.claim.id);
    // The highest-scoring queued claim comes first.
    const queued = article.claims.filter((c) => c.status === 'QUEUED');
    expect(takeNextClaim.claim.id).toBe([...queued].sort((a, b) => b.checkworthiness - a.checkworthiness)[0]?.id);
    expect(Date.parse(takeNextClaim.expiresAt) - Date.now()).toBeGreaterThan(14 * 60 * 1000);

    await reviewer.client.ok(Q.submitVerdict, { input: { assignmentId: takeNextClaim.id, rating: 'TRUE', rationale: 'The Seimas record shows the vote.', sources: [aSource] } });

    const { claim } = await reviewer.client.ok<{ claim: { status: string; verdicts: { rating: string; reviewer: { id: string }; sources: typeof aSource[] }[]; events: { fromStatus: string | null; toStatus: string; actor: { id: string } | null }[] } }>(Q.claim, { id: takeNextClaim.claim.id });
    expect(claim.status).toBe('REVIEWED');
    expect(claim.verdicts).toHaveLength(1);
    expect(claim.verdicts[0]?.rating).toBe('TRUE');
    expect(claim.verdicts[0]?.reviewer.id).toBe(reviewer.id);
    expect(claim.verdicts[0]?.sources).toEqual([aSource]);
    const path = claim.events.map((e) => e.toStatus);
    expect(path).toEqual(['EXTRACTED', 'QUEUED', 'IN_REVIEW', 'REVIEWED']);
    expect(claim.events.at(-1)?.actor?.id).toBe(reviewer.id);
  });

  it('two reviewers taking claims at the same time never get the same claim', async () => {
    const waiting = await stack.count('claims', `status = 'QUEUED'`);
    const taken: string[] = [];
    for (let round = 0; round < Math.ceil(waiting / 2); round++) {
      // Two new reviewers each round: a reviewer holds one claim at a time, and these keep theirs.
      const a = await userWithRole(stack, 'REVIEWER');
      const b = await userWithRole(stack, 'REVIEWER');
      const both = await Promise.all([a, b].map((r) => r.client.ok<{ takeNextClaim: { claim: { id: string } } | null }>(Q.takeNext)));
      for (const r of both) if (r.takeNextClaim) taken.push(r.takeNextClaim.claim.id);
    }
    expect(taken.length).toBe(waiting);
    expect(new Set(taken).size).toBe(taken.length);
    expect(await stack.count('review_assignments', `status = 'ACTIVE'`)).toBe(waiting);
  });
});
