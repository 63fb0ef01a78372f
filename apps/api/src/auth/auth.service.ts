import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import bcrypt from 'bcryptjs';
import { Role, unauthenticated } from '@app/domain';
import type { UserEntity } from '@app/persistence';
import type { Principal } from '../common/principal';
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
  ) {}

  async login(email: string, password: string): Promise<{ token: string; user: UserEntity }> {
    const user = await this.users.findByEmail(email);
    const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) throw unauthenticated('Email or password is wrong');
    const token = await this.jwt.signAsync({ sub: user.id, role: user.role } satisfies TokenClaims);
    return { token, user };
  }

  /** Reads `Authorization: Bearer <token>`; null principal when absent, an error text when bad. */
  async authenticate(header: string | undefined): Promise<{ principal: Principal | null; error: string | null }> {
    if (!header) return { principal: null, error: null };
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) return { principal: null, error: 'Authorization must be "Bearer <token>"' };
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(match[1]);
      if (!Object.values(Role).includes(claims.role)) return { principal: null, error: 'Token is invalid' };
      return { principal: { id: claims.sub, role: claims.role }, error: null };
    } catch {
      return { principal: null, error: 'Token is invalid or expired' };
    }
  }
}
