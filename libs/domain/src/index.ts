export * from './errors';
export * from './enums';
export * from './rating';
export * from './claim-state-machine';
export * from './review-policy';
export * from './agreement';
export * from './claim-text';
export * from './blind-review';
