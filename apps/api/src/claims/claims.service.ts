import { Inject, Injectable } from '@nestjs/common';
import { Brackets, DataSource } from 'typeorm';
import { badInput, ClaimStatus, isUuid, notFound } from '@app/domain';
import { ClaimEntity, ClaimRepository } from '@app/persistence';
import type { ClaimConnection } from './claim-connection.model';
import type { ClaimsArgs } from './claims.args';

// A cursor names the last claim of the page: the next page starts below that row's (created_at, id), compared in
// the database at full precision. A timestamp in the cursor would be cut to a JS Date's milliseconds, and the
// claims of one article share one created_at to the microsecond: every page after the first would be empty.
const encodeCursor = (c: ClaimEntity): string => Buffer.from(c.id, 'utf8').toString('base64url');

function decodeCursor(s: string): string {
  const id = Buffer.from(s, 'base64url').toString('utf8');
  if (!isUuid(id)) throw badInput('after is not a cursor this API gave out');
  return id;
}

@Injectable()
export class ClaimsService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ClaimRepository) private readonly claims: ClaimRepository,
  ) {}

  async get(id: string): Promise<ClaimEntity> {
    const claim = isUuid(id) ? await this.ds.getRepository(ClaimEntity).findOneBy({ id }) : null;
    if (!claim) throw notFound('Claim', id);
    return claim;
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  async list(args: ClaimsArgs): Promise<ClaimConnection> {
    const q = this.ds.getRepository(ClaimEntity).createQueryBuilder('c');
    const f = args.filter;
    if (f?.status) q.andWhere('c.status = :status', { status: f.status });
    if (f?.articleId) q.andWhere('c.article_id = :articleId', { articleId: f.articleId });
    if (f?.minScore !== undefined) q.andWhere('c.checkworthiness >= :minScore', { minScore: f.minScore });
    if (f?.search?.trim()) {
      const like = likePattern(f.search);
      q.andWhere(new Brackets((b) => b.where('c.text ILIKE :like', { like }).orWhere('c.claimant ILIKE :like', { like })));
    }
    if (f?.claimant?.trim()) q.andWhere('c.claimant ILIKE :claimantLike', { claimantLike: likePattern(f.claimant) });
    if (f?.rating) q.andWhere('EXISTS (SELECT 1 FROM published_verdicts p WHERE p.claim_id = c.id AND p.withdrawn_at IS NULL AND p.rating = :rating)', { rating: f.rating });
    if (f?.createdFrom) q.andWhere('c.created_at >= :createdFrom', { createdFrom: f.createdFrom });
    if (f?.createdTo) q.andWhere('c.created_at < :createdTo', { createdTo: f.createdTo });
    // Counted only if asked for (ClaimConnectionResolver): on a large table the COUNT costs more than the page.
    const counter = q.clone();
    if (args.after) {
      q.andWhere('(c.created_at, c.id) < (SELECT x.created_at, x.id FROM claims x WHERE x.id = :after)', { after: decodeCursor(args.after) });
    }
    const rows = await q.orderBy('c.created_at', 'DESC').addOrderBy('c.id', 'DESC').take(args.first + 1).getMany();
    const page = rows.slice(0, args.first);
    const last = page.at(-1);
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? encodeCursor(last) : null },
      count: () => counter.getCount(),
    };
  }

  /** An editor sends a claim to the review queue (or back to it after dismissing). */
  queue(id: string, actorId: string, version?: number | null): Promise<ClaimEntity> {
    return this.ds.transaction(async (em) => {
      const claim = await this.claims.lock(em, id, version);
      await this.claims.move(em, claim, 'queue', { actorId, type: 'QUEUED_BY_EDITOR' });
      return claim;
    });
  }

  /** An editor rules a claim not worth checking. */
  dismiss(id: string, actorId: string, version?: number | null): Promise<ClaimEntity> {
    return this.ds.transaction(async (em) => {
      const claim = await this.claims.lock(em, id, version);
      await this.claims.move(em, claim, 'dismiss', { actorId });
      return claim;
    });
  }

  async countsByStatus(): Promise<Record<ClaimStatus, number>> {
    const rows = await this.ds.query<{ status: ClaimStatus; n: string }[]>('SELECT status, count(*) AS n FROM claims GROUP BY status');
    const counts = Object.fromEntries(Object.values(ClaimStatus).map((s) => [s, 0])) as Record<ClaimStatus, number>;
    for (const r of rows) counts[r.status] = Number(r.n);
    return counts;
  }
}

/** An ILIKE pattern matching the words anywhere, with LIKE's own wildcards taken literally. */
function likePattern(words: string): string {
  return `%${words.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}
