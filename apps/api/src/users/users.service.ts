import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { conflict, Role } from '@app/domain';
import { recordUserEvent, UserEntity } from '@app/persistence';
import type { CreateUserInput } from './create-user.input';

const UNIQUE_VIOLATION = '23505';

/** Creating and finding users (what signing in needs); their later changes are UserLifecycleService's. */
@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The email stays taken by a deactivated account too (the unique index covers every row): CONFLICT. */
  async create(input: CreateUserInput, actorId: string): Promise<UserEntity> {
    const passwordHash = await this.hash(input.password);
    try {
      return await this.ds.transaction(async (em) => {
        const user = await em.save(em.create(UserEntity, { email: input.email.trim().toLowerCase(), name: input.name.trim(), passwordHash, role: input.role }));
        await recordUserEvent(em, { userId: user.id, actorId, type: 'CREATED', data: { email: user.email, name: user.name, role: user.role } });
        return user;
      });
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw conflict(`A user with email ${input.email} already exists`);
      throw err;
    }
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  /** The stored form of a password, at the configured cost. */
  hash(password: string): Promise<string> {
    return bcrypt.hash(password, this.config.bcryptRounds);
  }

  /** First start: with no user at all, create the admin named by ADMIN_EMAIL / ADMIN_PASSWORD. */
  async onApplicationBootstrap(): Promise<void> {
    if ((await this.ds.getRepository(UserEntity).count()) > 0) return;
    const password = this.config.adminPassword ?? randomBytes(12).toString('base64url');
    const passwordHash = await this.hash(password);
    const created = await this.ds.transaction(async (em) => {
      // ON CONFLICT: api processes starting together create the admin once (and record it once).
      const rows = await em.query<{ id: string }[]>(`INSERT INTO users (email, name, password_hash, role) VALUES ($1, 'Administrator', $2, $3) ON CONFLICT (email) DO NOTHING RETURNING id`, [
        this.config.adminEmail.toLowerCase(),
        passwordHash,
        Role.ADMIN,
      ]);
      const id = rows[0]?.id;
      if (id) await recordUserEvent(em, { userId: id, actorId: null, type: 'CREATED', data: { email: this.config.adminEmail.toLowerCase(), name: 'Administrator', role: Role.ADMIN } });
      return id !== undefined;
    });
    if (!created) return;
    if (this.config.adminPassword) this.logger.log(`Created admin ${this.config.adminEmail}`);
    else this.logger.warn(`Created admin ${this.config.adminEmail} with generated password ${password} (set ADMIN_PASSWORD to choose it)`);
  }
}
