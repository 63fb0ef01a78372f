import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { isUuid } from '@app/domain';
import { ArticleEntity, ClaimEntity, ClaimEventEntity, SourceEntity, UserEntity, VerdictEntity } from '@app/persistence';

function byId<T extends ObjectLiteral & { id: string }>(ds: DataSource, entity: EntityTarget<T>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await ds.getRepository(entity).findBy({ id: In(valid) } as never) : [];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function manyBy<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, key: keyof T & string, order: Record<string, 'ASC' | 'DESC'>): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await ds.getRepository(entity).find({ where: { [key]: In(valid) } as never, order: order as never }) : [];
    const map = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const r of rows) map.get(r[key] as string)?.push(r);
    return ids.map((id) => map.get(id) ?? []);
  });
}

/** Per-request batch loaders: one query per relation per request, never one per row. */
export class Loaders {
  readonly user: DataLoader<string, UserEntity | null>;
  readonly article: DataLoader<string, ArticleEntity | null>;
  readonly claimsByArticle: DataLoader<string, ClaimEntity[]>;
  readonly claim: DataLoader<string, ClaimEntity | null>;
  readonly verdictsByClaim: DataLoader<string, VerdictEntity[]>;
  readonly sourcesByVerdict: DataLoader<string, SourceEntity[]>;
  readonly eventsByClaim: DataLoader<string, ClaimEventEntity[]>;

  constructor(ds: DataSource) {
    this.user = byId(ds, UserEntity);
    this.article = byId(ds, ArticleEntity);
    this.claim = byId(ds, ClaimEntity);
    this.claimsByArticle = manyBy(ds, ClaimEntity, 'articleId', { spanStart: 'ASC' });
    this.verdictsByClaim = manyBy(ds, VerdictEntity, 'claimId', { createdAt: 'ASC' });
    this.sourcesByVerdict = manyBy(ds, SourceEntity, 'verdictId', { position: 'ASC' });
    this.eventsByClaim = manyBy(ds, ClaimEventEntity, 'claimId', { id: 'ASC' });
  }
}
