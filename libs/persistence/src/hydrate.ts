import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The columns of an entity as stored, each once: a relation's own property
 * (e.g. `claim`) shares its column with the plain id property (`claimId`).
 */
export function storedColumns(meta: EntityMetadata): EntityMetadata['columns'] {
  return meta.columns.filter((c) => !(c.relationMetadata && c.propertyName === c.relationMetadata.propertyName));
}

/** Column types whose value the driver hands over as node-postgres (or JSON) gives it: prepareHydratedValue does nothing to them. */
const AS_IS = new Set(['uuid', 'text', 'varchar', 'character varying', 'char', 'character', 'integer', 'int', 'int4', 'double precision', 'float8']);
const TIMESTAMPS = new Set(['timestamptz', 'timestamp with time zone', 'timestamp', 'timestamp without time zone']);

type ColumnMetadata = EntityMetadata['columns'][number];

interface Plan {
  database: string;
  property: string;
  /** null: the value as it comes. */
  convert: ((value: unknown) => unknown) | null;
}

const plans = new WeakMap<EntityMetadata, Plan[]>();

/**
 * How each stored column of `meta` is read: the driver's prepareHydratedValue,
 * except for the plain types above (and timestamps, which it only turns from
 * a string into a Date), where calling it per value was most of the mapping's cost
 * on a claims page. Anything else (a transformer, an array, a type not listed) goes to the driver.
 */
function planOf(ds: DataSource, meta: EntityMetadata): Plan[] {
  let plan = plans.get(meta);
  if (!plan) {
    const driver = (c: ColumnMetadata) => (value: unknown) => ds.driver.prepareHydratedValue(value, c);
    plan = storedColumns(meta).map((c) => {
      const type = typeof c.type === 'string' ? c.type : '';
      const plain = !c.transformer && !c.isArray;
      // The driver turns an enum's numeric strings into numbers when the enum has numbers; ours have strings only.
      const asIs = AS_IS.has(type) || (type === 'enum' && (c.enum ?? []).every((v) => typeof v === 'string'));
      const convert = plain && asIs ? null : plain && TIMESTAMPS.has(type) ? toDate : driver(c);
      return { database: c.databaseName, property: c.propertyName, convert };
    });
    plans.set(meta, plan);
  }
  return plan;
}

/** A timestamp as node-postgres gives it (a Date) or as JSON carries it (an ISO string). */
function toDate(value: unknown): unknown {
  return typeof value === 'string' && value !== '' ? new Date(value) : value;
}

/**
 * Rows of a hand-written statement (column names as stored) turned into the
 * same entity objects find() returns, from the entity's column metadata:
 * for hot paths where building the statement through TypeORM's query builder
 * cost more than running it (bench W2's loaders and claims page, W1's claim inserts).
 */
export function hydrate<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, rows: readonly Record<string, unknown>[]): T[] {
  const meta = ds.getMetadata(entity);
  const plan = planOf(ds, meta);
  return rows.map((row) => {
    const out = meta.create() as Record<string, unknown>;
    for (const { database, property, convert } of plan) {
      // A column the statement left out (e.g. an article's body) stays unset, not null.
      if (!(database in row)) continue;
      out[property] = convert === null ? row[database] : convert(row[database]);
    }
    return out as T;
  });
}
