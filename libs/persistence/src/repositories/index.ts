export * from './outbox.repository';
export * from './claim.repository';
