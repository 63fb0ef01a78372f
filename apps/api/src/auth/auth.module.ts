import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { PgListenerModule } from '@app/persistence';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { UserStateCache } from './user-state-cache';

/** Users, passwords, tokens and API keys; AuthService also builds the GraphQL context. */
@Module({
  imports: [
    PgListenerModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to parse it as a
      // PEM public key on every verify, which cost more than the rest of the check (bench W2 profile).
      useFactory: (c: AppConfig) => ({ secret: createSecretKey(Buffer.from(c.jwtSecret, 'utf8')), signOptions: { expiresIn: c.jwtTtlSeconds } }),
    }),
  ],
  providers: [AuthService, UsersService, ApiKeysService, UserStateCache],
  exports: [AuthService, UsersService, ApiKeysService, UserStateCache],
})
export class AuthModule {}
