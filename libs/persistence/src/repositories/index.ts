export * from './outbox.repository';
export * from './claim.repository';
export * from './claim-match.repository';
export * from './outbox-lag';
export * from './dispute-queue-depth';
export * from './webhook-outbox.repository';
export * from './decisions';
export * from './users';
