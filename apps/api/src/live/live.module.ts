import { Module } from '@nestjs/common';
import { PgListenerModule } from '../common/pg-listener';
import { LiveEvents } from './live-events';

/** Live updates: one LiveEvents per process, shared by mercurius (its emitter) and the subscription resolvers. */
@Module({ imports: [PgListenerModule], providers: [LiveEvents], exports: [LiveEvents] })
export class LiveModule {}
