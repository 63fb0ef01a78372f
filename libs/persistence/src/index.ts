export * from './entities';
export * from './data-source';
export * from './hydrate';
export * from './repositories';
export * from './persistence.module';
export * from './statement-count';
export * from './prepared-query';
