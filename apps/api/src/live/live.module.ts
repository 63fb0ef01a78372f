import { Module } from '@nestjs/common';
import { LiveEvents } from './live-events';

/** Live updates: one LiveEvents per process, shared by mercurius (its emitter) and the subscription resolvers. */
@Module({ providers: [LiveEvents], exports: [LiveEvents] })
export class LiveModule {}
