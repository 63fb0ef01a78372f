export * from './types';
export * from './checkworthiness';
