import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The columns of an entity as stored, each once: a relation's own property
 * (e.g. `claim`) shares its column with the plain id property (`claimId`).
 */
export function storedColumns(meta: EntityMetadata): EntityMetadata['columns'] {
  return meta.columns.filter((c) => !(c.relationMetadata && c.propertyName === c.relationMetadata.propertyName));
}

/**
 * Rows of a hand-written statement (column names as stored) turned into the
 * same entity objects find() returns, from the entity's column metadata:
 * for hot paths where building the statement through TypeORM's query builder
 * cost more than running it (bench W2's loaders, W1's claim inserts).
 */
export function hydrate<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, rows: readonly Record<string, unknown>[]): T[] {
  const meta = ds.getMetadata(entity);
  const columns = storedColumns(meta);
  return rows.map((row) => {
    const out = meta.create() as Record<string, unknown>;
    // A column the statement left out (e.g. an article's body) stays unset, not null.
    for (const c of columns) if (c.databaseName in row) out[c.propertyName] = ds.driver.prepareHydratedValue(row[c.databaseName], c);
    return out as T;
  });
}
