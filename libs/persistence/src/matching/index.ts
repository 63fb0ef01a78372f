export * from './trigram-index';
export * from './claim-text-index';
export * from './claim-text-index.module';
