export * from './outbox.repository';
export * from './claim.repository';
export * from './webhook-outbox.repository';
