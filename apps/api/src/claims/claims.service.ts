import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClaimStatus, isUuid, notFound } from '@app/domain';
import { ClaimEntity, ClaimRepository, queryPrepared } from '@app/persistence';
import type { Loaders } from '../common/loaders';
import type { ClaimConnection } from './claim-connection.model';
import { NO_RELATIONS, pageSql, readPage, type PageRelations } from './claims-page';
import type { ClaimsArgs } from './claims.args';
import { decodeCursor, encodeCursor } from '../common/keyset-cursor';
import { likePattern, searchWords } from '../common/like-pattern';

/** A page's edge; its cursor is made when a query asks for it: most pages never do, and each is a JSON and a base64 encoding. */
class Edge {
  constructor(
    readonly node: ClaimEntity,
    private readonly t: string | undefined,
  ) {}

  get cursor(): string {
    return cursorOf(this.t, this.node.id);
  }
}

/** A claim's cursor; its time is read only when the query asks for a cursor (claims-page.ts), so it is there when asked. */
function cursorOf(t: string | undefined, id: string): string {
  if (t === undefined) throw new Error('a claims page read without cursor times was asked for a cursor');
  return encodeCursor('claims', { t, id });
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

  /**
   * Newest first, keyset-paginated on (created_at, id), in one statement with
   * the relations `relations` asks for (primed into `loaders`, see claims-page.ts).
   * Hand-written: TypeORM's query builder and its entity transformer were
   * about a tenth of the api's CPU on a claims page (bench W2 profile).
   */
  async list(args: ClaimsArgs, relations: PageRelations = NO_RELATIONS, loaders: Loaders | null = null): Promise<ClaimConnection> {
    const params: unknown[] = [];
    const p = (value: unknown): string => `$${params.push(value)}`;
    const where: string[] = [];
    const f = args.filter;
    if (f?.status) where.push(`c.status = ${p(f.status)}`);
    if (f?.articleId) where.push(`c.article_id = ${p(f.articleId)}`);
    if (f?.minScore !== undefined) where.push(`c.checkworthiness >= ${p(f.minScore)}`);
    // Each word somewhere in the text or the claimant, in any order, as the schema says (and as articles search).
    for (const w of searchWords(f?.search)) {
      const like = p(likePattern(w));
      where.push(`(c.text ILIKE ${like} OR c.claimant ILIKE ${like})`);
    }
    for (const w of searchWords(f?.claimant)) where.push(`c.claimant ILIKE ${p(likePattern(w))}`);
    if (f?.rating) where.push(`EXISTS (SELECT 1 FROM published_verdicts pv WHERE pv.claim_id = c.id AND pv.withdrawn_at IS NULL AND pv.rating = ${p(f.rating)})`);
    if (f?.createdFrom) where.push(`c.created_at >= ${p(f.createdFrom)}`);
    if (f?.createdTo) where.push(`c.created_at < ${p(f.createdTo)}`);
    // Counted only if asked for (ClaimConnectionResolver): on a large table the COUNT costs more than the page.
    const countSql = `SELECT count(*) AS n FROM claims c${whereSql(where)}`;
    const countParams = [...params];
    if (args.after) {
      const c = decodeCursor('claims', args.after);
      where.push(`(c.created_at, c.id) < (${p(c.t)}, ${p(c.id)})`);
    }
    // The limit as a literal (an integer the args validate), so a page without filters or cursor is a
    // statement without parameters, which Postgres parses and plans once per connection (queryPrepared).
    const sql = pageSql(this.ds, relations, whereSql(where), String(pageLimit(args.first)));
    const found = params.length ? await this.ds.query<Record<string, unknown>[]>(sql, params) : await queryPrepared<Record<string, unknown>>(this.ds, sql);
    const rows = readPage(this.ds, found, relations, loaders);
    const page = rows.slice(0, args.first);
    const last = page.at(-1);
    return {
      edges: page.map(({ claim, t }) => new Edge(claim, t)),
      pageInfo: {
        hasNextPage: rows.length > args.first,
        get endCursor() {
          return last ? cursorOf(last.t, last.claim.id) : null;
        },
      },
      count: async () => Number((await this.ds.query<{ n: string }[]>(countSql, countParams))[0]!.n),
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

/** Rows a page of `first` reads: one more, to tell whether there is a next page. Checked here too, since it goes into the SQL text. */
function pageLimit(first: number): number {
  if (!Number.isInteger(first) || first < 1) throw new Error(`a page's size must be a positive integer, not ${first}`);
  return first + 1;
}

function whereSql(conditions: readonly string[]): string {
  return conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
}
