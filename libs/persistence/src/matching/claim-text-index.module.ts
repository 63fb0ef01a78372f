import { Module } from '@nestjs/common';
import { PgListenerModule } from '../pg-listener';
import { ClaimTextIndex } from './claim-text-index';

/** The process's in-memory index of claim texts, for the api's similarClaims and the worker's matching at ingest. */
@Module({ imports: [PgListenerModule], providers: [ClaimTextIndex], exports: [ClaimTextIndex] })
export class ClaimTextIndexModule {}
