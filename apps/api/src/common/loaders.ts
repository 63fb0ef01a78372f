import type DataLoader from 'dataloader';
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { isUuid } from '@app/domain';
import { settledLoader } from './settled-cache';
import {
  ArticleEntity,
  ClaimEntity,
  ClaimEventEntity,
  ClaimSuggestionEntity,
  CommentEntity,
  FinalVerdictEntity,
  hydrate,
  PublishedVerdictEntity,
  SourceEntity,
  storedColumns,
  UserEntity,
  UserEventEntity,
  VerdictEntity,
} from '@app/persistence';

export interface LoaderOptions {
  /** false for long-lived contexts (a subscription): batch, but never serve stale rows. */
  cache?: boolean;
}

/** Which columns a loader reads (by property): all but `omit`, or `only` these. */
export interface Columns {
  omit?: readonly string[];
  only?: readonly string[];
}

/** What the article loader reads: everything but the body (up to MAX_ARTICLE_BYTES), which a claims page never shows. */
export const ARTICLE_COLUMNS: Columns = { omit: ['body'] };

/** A loader's order, by property. */
export type Order = Readonly<Record<string, 'ASC' | 'DESC'>>;

/** The order of a claim's verdicts and of a verdict's sources, for their loaders and for the claims page that primes them. */
export const VERDICTS_ORDER: Order = { createdAt: 'ASC' };
export const SOURCES_ORDER: Order = { position: 'ASC' };

/** A property's column, quoted, optionally qualified by a table alias. */
export function columnSql(meta: EntityMetadata, property: string, alias?: string): string {
  const c = meta.findColumnWithPropertyName(property);
  if (!c) throw new Error(`${meta.name} has no column ${property}`);
  return alias ? `${alias}."${c.databaseName}"` : `"${c.databaseName}"`;
}

/** An ORDER BY list (without the keywords) for `order`; empty for no order. */
export function orderSql(meta: EntityMetadata, order: Order, alias?: string): string {
  return Object.entries(order)
    .map(([p, dir]) => `${columnSql(meta, p, alias)} ${dir}`)
    .join(', ');
}

/** The stored columns `columns` picks: the one rule for the loaders and for the queries that prime them (claims page). */
export function selectedColumns(meta: EntityMetadata, columns: Columns = {}): EntityMetadata['columns'] {
  return storedColumns(meta).filter((c) => (columns.only ? columns.only.includes(c.propertyName) : !columns.omit?.includes(c.propertyName)));
}

/**
 * Rows of `entity` whose `key` property is one of `keys`, in `order`: one
 * hand-written SELECT, hydrated from the entity's column metadata into the
 * same objects find() returns. find() built the same SQL through its query
 * builder on every batch, which was a large share of a claims page's CPU
 * (bench W2 profile).
 */
async function selectWhereIn<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  key: string,
  keys: readonly string[],
  order: Order,
  columns: Columns = {},
): Promise<T[]> {
  const meta = ds.getMetadata(entity);
  const orderBy = orderSql(meta, order);
  const sql = `SELECT ${selectedColumns(meta, columns)
    .map((c) => `"${c.databaseName}"`)
    .join(', ')} FROM "${meta.tableName}" WHERE ${columnSql(meta, key)} = ANY($1)${orderBy ? ` ORDER BY ${orderBy}` : ''}`;
  return hydrate(ds, entity, await ds.query<Record<string, unknown>[]>(sql, [keys]));
}

function byId<T extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<T>, opts: LoaderOptions, columns: Columns = {}): DataLoader<string, T | null> {
  return settledLoader(async (ids: readonly string[]) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await selectWhereIn(ds, entity, 'id', valid, {}, columns) : [];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  }, opts);
}

function manyBy<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, key: keyof T & string, order: Order, opts: LoaderOptions): DataLoader<string, T[]> {
  return settledLoader(async (ids: readonly string[]) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await selectWhereIn(ds, entity, key, valid, order) : [];
    const map = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const r of rows) map.get(r[key] as string)?.push(r);
    return ids.map((id) => map.get(id) ?? []);
  }, opts);
}

/** Per-request batch loaders: one query per relation per request, never one per row. */
export class Loaders {
  readonly user: DataLoader<string, UserEntity | null>;
  /** Articles without their body (up to MAX_ARTICLE_BYTES each): a page of claims asks for a title and a url. */
  readonly article: DataLoader<string, ArticleEntity | null>;
  /** The body of an article loaded without it (`id` and `body` only), read when a query asks for `body`. */
  readonly articleBody: DataLoader<string, ArticleEntity | null>;
  readonly claimsByArticle: DataLoader<string, ClaimEntity[]>;
  readonly claim: DataLoader<string, ClaimEntity | null>;
  readonly verdictsByClaim: DataLoader<string, VerdictEntity[]>;
  readonly sourcesByVerdict: DataLoader<string, SourceEntity[]>;
  readonly eventsByClaim: DataLoader<string, ClaimEventEntity[]>;
  readonly verdict: DataLoader<string, VerdictEntity | null>;
  readonly finalVerdictsByClaim: DataLoader<string, FinalVerdictEntity[]>;
  readonly publishedVerdictsByClaim: DataLoader<string, PublishedVerdictEntity[]>;
  readonly commentsByClaim: DataLoader<string, CommentEntity[]>;
  /** Claims linked to a canonical claim as further appearances. */
  readonly linkedByCanonical: DataLoader<string, ClaimEntity[]>;
  readonly suggestionsByClaim: DataLoader<string, ClaimSuggestionEntity[]>;
  private userEvents?: DataLoader<string, UserEventEntity[]>;

  /**
   * A user's audit, oldest first; made on first use (only admins ask, and rarely: no cost to every other request).
   * By time, then id: a CREATED event backfilled for an account older than the audit has a later id than its changes.
   */
  get eventsByUser(): DataLoader<string, UserEventEntity[]> {
    return (this.userEvents ??= manyBy(this.ds, UserEventEntity, 'userId', { at: 'ASC', id: 'ASC' }, this.opts));
  }

  constructor(
    private readonly ds: DataSource,
    private readonly opts: LoaderOptions = {},
  ) {
    this.user = byId(ds, UserEntity, opts);
    this.article = byId(ds, ArticleEntity, opts, ARTICLE_COLUMNS);
    this.articleBody = byId(ds, ArticleEntity, opts, { only: ['id', 'body'] });
    this.claim = byId(ds, ClaimEntity, opts);
    this.verdict = byId(ds, VerdictEntity, opts);
    this.claimsByArticle = manyBy(ds, ClaimEntity, 'articleId', { spanStart: 'ASC' }, opts);
    this.verdictsByClaim = manyBy(ds, VerdictEntity, 'claimId', VERDICTS_ORDER, opts);
    this.sourcesByVerdict = manyBy(ds, SourceEntity, 'verdictId', SOURCES_ORDER, opts);
    this.eventsByClaim = manyBy(ds, ClaimEventEntity, 'claimId', { id: 'ASC' }, opts);
    this.finalVerdictsByClaim = manyBy(ds, FinalVerdictEntity, 'claimId', { round: 'ASC' }, opts);
    this.publishedVerdictsByClaim = manyBy(ds, PublishedVerdictEntity, 'claimId', { version: 'ASC' }, opts);
    this.commentsByClaim = manyBy(ds, CommentEntity, 'claimId', { createdAt: 'ASC' }, opts);
    this.linkedByCanonical = manyBy(ds, ClaimEntity, 'canonicalId', { createdAt: 'ASC' }, opts);
    this.suggestionsByClaim = manyBy(ds, ClaimSuggestionEntity, 'claimId', { similarity: 'DESC' }, opts);
  }
}
