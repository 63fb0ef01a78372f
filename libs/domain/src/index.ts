export * from './errors';
export * from './enums';
export * from './rating';
export * from './claim-state-machine';
export * from './review-policy';
export * from './scopes';
export * from './webhook-events';
