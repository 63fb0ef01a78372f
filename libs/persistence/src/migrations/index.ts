import type { MigrationInterface } from 'typeorm';
import { Init1795831883520 } from './1795831883520-Init';
import { ReviewWorkflow1795833284653 } from './1795833284653-ReviewWorkflow';

// Listed explicitly (not globbed) so the same list works from source and from dist.
export const MIGRATIONS: (new () => MigrationInterface)[] = [Init1795831883520, ReviewWorkflow1795833284653];
