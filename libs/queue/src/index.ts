export * from './job-catalogue';
export * from './redis-connection';
export * from './queue-producer';
export * from './review-queue-client';
export * from './dispute-queue-client';
