import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AuthModule } from '../auth/auth.module';
import { AuthService } from '../auth/auth.service';
import { LiveEvents } from '../live/live-events';
import { LiveModule } from '../live/live.module';
import { LiveSessions } from '../live/live-sessions';
import { apolloOptions } from './apollo-options';
import { mercuriusOptions } from './mercurius-options';

/** The GraphQL server: mercurius, or Apollo over the same resolvers when GRAPHQL_DRIVER=apollo. */
export function graphqlModule(driver: AppConfig['graphqlDriver']): DynamicModule {
  if (driver === 'apollo') {
    return GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule],
      inject: [APP_CONFIG, DataSource, AuthService],
      useFactory: apolloOptions,
    });
  }
  return GraphQLModule.forRootAsync<MercuriusDriverConfig>({
    driver: MercuriusDriver,
    imports: [AuthModule, LiveModule],
    inject: [APP_CONFIG, DataSource, AuthService, LiveEvents, LiveSessions],
    useFactory: mercuriusOptions,
  });
}
