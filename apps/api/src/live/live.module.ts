import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PgListenerModule } from '@app/persistence';
import { LiveEvents } from './live-events';
import { LiveSessions } from './live-sessions';

/** Live updates: one LiveEvents per process, shared by mercurius (its emitter) and the subscription resolvers; LiveSessions ends the connections of accounts that lost their access. */
@Module({ imports: [PgListenerModule, AuthModule], providers: [LiveEvents, LiveSessions], exports: [LiveEvents, LiveSessions] })
export class LiveModule {}
