import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';

/** Users, passwords, tokens and API keys; AuthService also builds the GraphQL context. */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => ({ secret: c.jwtSecret, signOptions: { expiresIn: c.jwtTtlSeconds } }),
    }),
  ],
  providers: [AuthService, UsersService, ApiKeysService],
  exports: [AuthService, UsersService, ApiKeysService],
})
export class AuthModule {}
