import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityMetadata } from 'typeorm';
import { ArticleEntity, ClaimEntity, hydrate, SourceEntity, VerdictEntity } from '@app/persistence';
import { authorize, authResultOf } from '../common/access';
import type { GqlContext } from '../common/gql-context';
import { ARTICLE_COLUMNS, columnSql, type Columns, type Loaders, orderSql, selectedColumns, SOURCES_ORDER, VERDICTS_ORDER } from '../common/loaders';
import { VERDICTS_ACCESS } from './claim-fields.resolver';
import { selectedPaths } from './lookahead';
import { cursorsAsked, LIST_PROPERTIES, listFieldsOnly } from './list-columns';
import { exactTime } from '../common/keyset-cursor';

/**
 * Which of its claims' relations a claims page reads in its own statement,
 * handing them to the loaders the field resolvers read (`prime`): the
 * resolvers, and their access checks, run as before; only the loaders' SELECTs
 * are saved (a page with articles, verdicts and sources was 4 statements, now 1).
 */
export interface PageRelations {
  article: boolean;
  verdicts: boolean;
  /** Each verdict's sources (only with `verdicts`). */
  sources: boolean;
  /** Only the claim columns LIST_FIELDS read, when those fields are all the query asks of a claim (absent: every column). */
  listColumns?: boolean;
  /** false when the query asks for no cursor (`edges.cursor`, `pageInfo.endCursor`): the rows then carry no cursor time. */
  cursors?: boolean;
}

export const NO_RELATIONS: PageRelations = { article: false, verdicts: false, sources: false };

/**
 * The relations the query selects on the page's claims. Verdicts only when the
 * caller may see them (the field would refuse anyway; this keeps them from
 * being read at all): the same `authorize` rule the field applies.
 */
export function pageRelations(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, ctx: Pick<GqlContext, 'principal' | 'apiKey' | 'authError'>): PageRelations {
  const asked = selectedPaths(info, 4);
  let verdicts = asked.has('edges.node.verdicts');
  if (verdicts) {
    try {
      authorize(authResultOf(ctx), VERDICTS_ACCESS);
    } catch {
      verdicts = false;
    }
  }
  return {
    article: asked.has('edges.node.article'),
    verdicts,
    sources: verdicts && asked.has('edges.node.verdicts.sources'),
    listColumns: listFieldsOnly(asked),
    cursors: cursorsAsked(asked),
  };
}

/** `pageRelations` of the claims query being resolved. */
export const AskedRelations = createParamDecorator((_: unknown, ctx: ExecutionContext): PageRelations => {
  const gql = GqlExecutionContext.create(ctx);
  return pageRelations(gql.getInfo<GraphQLResolveInfo>(), gql.getContext<GqlContext>());
});

/** The claim's created_at to the microsecond, for its cursor (see keyset-cursor.ts). */
const CURSOR_TIME = `${exactTime('c.created_at')} AS "$t"`;

/** A JSON object of `alias`'s columns that `columns` picks, keyed by column name as `hydrate` reads them, and `extra` pairs. */
function jsonRow(meta: EntityMetadata, alias: string, columns: Columns = {}, extra = ''): string {
  const pairs = selectedColumns(meta, columns).map((c) => `'${c.databaseName}', ${alias}."${c.databaseName}"`);
  return `json_build_object(${pairs.join(', ')}${extra})`;
}

/**
 * The page's statement: the claims `where` and `limit` pick (over `claims c`),
 * newest first, each with its cursor time and the relations asked for, as
 * JSON with the columns and order their loaders use. An article comes once, on
 * the first of its claims on the page (a page is mostly a few articles' claims).
 */
export function pageSql(ds: DataSource, rel: PageRelations, where: string, limit: string): string {
  const [claimColumns, relations] = pageLists(ds, rel);
  // The relations are read for the page's rows only, after the LIMIT. The sub-select's created_at orders the page
  // whether or not the outer list sends it.
  return `SELECT ${relations} FROM (SELECT ${claimColumns}, c.created_at AS "$created" FROM claims c${where} ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit}) p ORDER BY p."$created" DESC, p.id DESC`;
}

/** pageSql's two SELECT lists by relations: made from the metadata once, not on every page. */
const lists = new Map<string, [string, string]>();

function pageLists(ds: DataSource, rel: PageRelations): [string, string] {
  const cursors = rel.cursors !== false;
  const key = `${rel.article}${rel.verdicts}${rel.sources}${rel.listColumns === true}${cursors}`;
  let made = lists.get(key);
  if (!made) {
    const columns = pageColumns(ds, rel).map((c) => `"${c}"`);
    // The cursor time is a to_char per row for Postgres and a string per row for the api: only when a cursor is asked for.
    const time = cursors ? ['"$t"'] : [];
    made = [[...columns.map((c) => `c.${c}`), ...(cursors ? [CURSOR_TIME] : [])].join(', '), relationList(ds, rel, [...columns, ...time])];
    lists.set(key, made);
  }
  return made;
}

/** The claim columns a page sends (as stored): LIST_PROPERTIES' or all. */
function pageColumns(ds: DataSource, rel: PageRelations): string[] {
  const claim = ds.getMetadata(ClaimEntity);
  return selectedColumns(claim, rel.listColumns ? { only: LIST_PROPERTIES } : {}).map((c) => c.databaseName);
}

/** The outer SELECT list: the sub-select's `columns` (quoted) and the relations asked for. */
function relationList(ds: DataSource, rel: PageRelations, columns: readonly string[]): string {
  const claim = ds.getMetadata(ClaimEntity);
  const list = columns.map((c) => `p.${c}`);
  if (rel.article) {
    const a = ds.getMetadata(ArticleEntity);
    const articleId = columnSql(claim, 'articleId', 'p');
    list.push(`CASE WHEN row_number() OVER (PARTITION BY ${articleId}) = 1 THEN (SELECT ${jsonRow(a, 'a', ARTICLE_COLUMNS)} FROM "${a.tableName}" a WHERE a."id" = ${articleId}) END AS "$article"`);
  }
  if (rel.verdicts) {
    const v = ds.getMetadata(VerdictEntity);
    const s = ds.getMetadata(SourceEntity);
    const sources = rel.sources
      ? `, '$sources', (SELECT coalesce(json_agg(${jsonRow(s, 's')} ORDER BY ${orderSql(s, SOURCES_ORDER, 's')}), '[]') FROM "${s.tableName}" s WHERE ${columnSql(s, 'verdictId', 's')} = v."id")`
      : '';
    list.push(
      `(SELECT coalesce(json_agg(${jsonRow(v, 'v', {}, sources)} ORDER BY ${orderSql(v, VERDICTS_ORDER, 'v')}), '[]') FROM "${v.tableName}" v WHERE ${columnSql(v, 'claimId', 'v')} = p."id") AS "$verdicts"`,
    );
  }
  return list.join(', ');
}

interface PageRow extends Record<string, unknown> {
  /** Absent when the page was read without cursors. */
  $t?: string;
  $article?: Record<string, unknown> | null;
  $verdicts?: (Record<string, unknown> & { $sources?: Record<string, unknown>[] })[];
}

/** The page's rows as claims with their cursor time; primes `loaders` with the relations the rows carry. */
export function readPage(ds: DataSource, rows: readonly Record<string, unknown>[], rel: PageRelations, loaders: Loaders | null): { claim: ClaimEntity; t: string | undefined }[] {
  const claims = hydrate(ds, ClaimEntity, rows);
  if (loaders) {
    claims.forEach((claim, i) => {
      const row = rows[i] as PageRow;
      if (row.$article) loaders.article.prime(claim.articleId, hydrate(ds, ArticleEntity, [row.$article])[0]!);
      if (row.$verdicts) {
        const verdicts = hydrate(ds, VerdictEntity, row.$verdicts);
        loaders.verdictsByClaim.prime(claim.id, verdicts);
        row.$verdicts.forEach((v, j) => {
          if (v.$sources) loaders.sourcesByVerdict.prime(verdicts[j]!.id, hydrate(ds, SourceEntity, v.$sources));
        });
      }
    });
    // An article the statement did not find is null, as the loader has it (prime keeps a value already there).
    if (rel.article) for (const claim of claims) loaders.article.prime(claim.articleId, null);
  }
  return claims.map((claim, i) => ({ claim, t: (rows[i] as PageRow).$t }));
}
