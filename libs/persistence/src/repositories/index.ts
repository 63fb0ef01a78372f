export * from './outbox.repository';
export * from './claim.repository';
export * from './outbox-lag';
