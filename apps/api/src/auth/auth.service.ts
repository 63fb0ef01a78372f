import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import bcrypt from 'bcryptjs';
import { Role, unauthenticated } from '@app/domain';
import type { UserEntity } from '@app/persistence';
import type { FastifyRequest } from 'fastify';
import { ApiKeysService, API_KEY_PREFIX } from '../api-keys/api-keys.service';
import { authOnce } from '../common/auth-state';
import type { AuthResult } from '../common/principal';
import { UsersService } from '../users/users.service';

// Compared against when the email is unknown, so timing does not reveal which emails exist.
const DUMMY_HASH = '$2b$10$xJBSvES7cUb0BD6wKpygVOwIpnLwCTJSSeWMAOdeoAVGtEHhMnhxu';

interface TokenClaims {
  sub: string;
  role: Role;
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(ApiKeysService) private readonly apiKeys: ApiKeysService,
  ) {}

  async login(email: string, password: string): Promise<{ token: string; user: UserEntity }> {
    const user = await this.users.findByEmail(email);
    const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) throw unauthenticated('Email or password is wrong');
    const token = await this.jwt.signAsync({ sub: user.id, role: user.role } satisfies TokenClaims);
    return { token, user };
  }

  /** The request's credentials, checked once however many hooks and guards ask. */
  forRequest(req: FastifyRequest): Promise<AuthResult> {
    return authOnce(req, () => this.authenticate(req.headers.authorization));
  }

  /**
   * Reads `Authorization: Bearer <token>`: a JWT from login, or an API key
   * (told apart by its `cck_` prefix). Null principals when absent, an error text when bad.
   */
  async authenticate(header: string | undefined): Promise<AuthResult> {
    const none = { principal: null, apiKey: null };
    if (!header) return { ...none, error: null };
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) return { ...none, error: 'Authorization must be "Bearer <token>"' };
    const token = match[1];
    if (token.startsWith(API_KEY_PREFIX)) return { principal: null, ...(await this.apiKeys.authenticate(token)) };
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token);
      if (!Object.values(Role).includes(claims.role)) return { ...none, error: 'Token is invalid' };
      return { principal: { id: claims.sub, role: claims.role }, apiKey: null, error: null };
    } catch {
      return { ...none, error: 'Token is invalid or expired' };
    }
  }
}
