import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { conflict, Role } from '@app/domain';
import { UserEntity } from '@app/persistence';
import type { CreateUserInput } from './create-user.input';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(input: CreateUserInput): Promise<UserEntity> {
    const passwordHash = await bcrypt.hash(input.password, this.config.bcryptRounds);
    try {
      return await this.ds.getRepository(UserEntity).save({ email: input.email.trim().toLowerCase(), name: input.name.trim(), passwordHash, role: input.role });
    } catch (err) {
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) throw conflict(`A user with email ${input.email} already exists`);
      throw err;
    }
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.ds.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  /** First start: with no user at all, create the admin named by ADMIN_EMAIL / ADMIN_PASSWORD. */
  async onApplicationBootstrap(): Promise<void> {
    if ((await this.ds.getRepository(UserEntity).count()) > 0) return;
    const password = this.config.adminPassword ?? randomBytes(12).toString('base64url');
    const passwordHash = await bcrypt.hash(password, this.config.bcryptRounds);
    // ON CONFLICT: api processes starting together create the admin once.
    await this.ds.query(`INSERT INTO users (email, name, password_hash, role) VALUES ($1, 'Administrator', $2, $3) ON CONFLICT (email) DO NOTHING`, [
      this.config.adminEmail.toLowerCase(),
      passwordHash,
      Role.ADMIN,
    ]);
    if (this.config.adminPassword) this.logger.log(`Created admin ${this.config.adminEmail}`);
    else this.logger.warn(`Created admin ${this.config.adminEmail} with generated password ${password} (set ADMIN_PASSWORD to choose it)`);
  }
}
