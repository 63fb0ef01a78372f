import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import bcrypt from 'bcryptjs';
import { DEACTIVATED_MESSAGE, sessionRefusal, unauthenticated } from '@app/domain';
import type { UserEntity } from '@app/persistence';
import type { FastifyRequest } from 'fastify';
import { ApiKeysService, API_KEY_PREFIX } from '../api-keys/api-keys.service';
import { authOnce } from '../common/auth-state';
import type { AuthResult } from '../common/principal';
import { UsersService } from '../users/users.service';
import { UserStateCache } from './user-state-cache';
import { VerifiedTokens } from './verified-tokens';

// Compared against when the email is unknown, so timing does not reveal which emails exist.
const DUMMY_HASH = '$2b$10$xJBSvES7cUb0BD6wKpygVOwIpnLwCTJSSeWMAOdeoAVGtEHhMnhxu';

/**
 * What a token says: who (`sub`) and under which token version of theirs it
 * was issued (`ver`). The role is not in it: it is read from the account's
 * current state on every request. Tokens issued before `ver` existed count as version 0.
 */
interface TokenClaims {
  sub: string;
  ver?: number;
  exp?: number;
  nbf?: number;
}

@Injectable()
export class AuthService {
  // Signature checks remembered until expiry; the account's state is still read on every request (authenticate).
  private readonly tokens = new VerifiedTokens<TokenClaims>((token) => this.jwt.verifyAsync<TokenClaims>(token));

  constructor(
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(ApiKeysService) private readonly apiKeys: ApiKeysService,
    @Inject(UserStateCache) private readonly states: UserStateCache,
  ) {}

  async login(email: string, password: string): Promise<{ token: string; user: UserEntity }> {
    const user = await this.users.findByEmail(email);
    const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) throw unauthenticated('Email or password is wrong');
    // Said only to someone who knows the password: it does not tell strangers which emails exist.
    if (user.deactivatedAt) throw unauthenticated(DEACTIVATED_MESSAGE);
    return { token: await this.issueToken(user), user };
  }

  /** A token for the user as they are now (their current token version). */
  issueToken(user: Pick<UserEntity, 'id' | 'tokenVersion'>): Promise<string> {
    return this.jwt.signAsync({ sub: user.id, ver: user.tokenVersion } satisfies TokenClaims);
  }

  /** The request's credentials, checked once however many hooks and guards ask. */
  forRequest(req: FastifyRequest): Promise<AuthResult> {
    return authOnce(req, () => this.authenticate(req.headers.authorization));
  }

  /**
   * Reads `Authorization: Bearer <token>`: a JWT from login, or an API key
   * (told apart by its `cck_` prefix). Null principals when absent, an error text when bad.
   * A JWT admits its user only as the account is now (UserStateCache): active,
   * same token version, and with the role it has now.
   */
  async authenticate(header: string | undefined): Promise<AuthResult> {
    const none = { principal: null, apiKey: null };
    if (!header) return { ...none, error: null };
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) return { ...none, error: 'Authorization must be "Bearer <token>"' };
    const token = match[1];
    if (token.startsWith(API_KEY_PREFIX)) return { principal: null, ...(await this.apiKeys.authenticate(token)) };
    let claims: TokenClaims;
    try {
      claims = await this.tokens.verify(token);
    } catch {
      return { ...none, error: 'Token is invalid or expired' };
    }
    const state = typeof claims.sub === 'string' ? await this.states.get(claims.sub) : null;
    if (!state) return { ...none, error: 'Token is invalid' };
    const refusal = sessionRefusal(state, typeof claims.ver === 'number' ? claims.ver : 0);
    if (refusal) return { ...none, error: refusal };
    return { principal: { id: claims.sub, role: state.role }, apiKey: null, error: null };
  }
}
