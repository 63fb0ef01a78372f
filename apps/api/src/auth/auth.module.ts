import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { UsersResolver } from '../users/users.resolver';
import { UsersService } from '../users/users.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

/** Users, passwords and tokens; exports AuthService for the GraphQL context. */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (c: AppConfig) => ({ secret: c.jwtSecret, signOptions: { expiresIn: c.jwtTtlSeconds } }),
    }),
  ],
  providers: [AuthService, AuthResolver, UsersService, UsersResolver],
  exports: [AuthService],
})
export class AuthModule {}
