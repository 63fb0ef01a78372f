export * from './ssrf-guard';
export * from './webhook-signature';
export * from './webhook-sender';
export * from './claim-review';
