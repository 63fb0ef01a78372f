export * from './types';
export * from './checkworthiness';
export { extractClaims, MODEL_VERSION } from './extract-claims';
export { EXTRACTION_ENGINE_VERSION } from './version';
