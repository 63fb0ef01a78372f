import { Inject, Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { badInput, checkAccountChange, isUuid, notFound, type AccountChange } from '@app/domain';
import { lockUserAndAdmins, recordUserEvent, updateUserReturning, UserEntity } from '@app/persistence';
import { AuthService } from '../auth/auth.service';
import { UserStateCache } from '../auth/user-state-cache';
import type { Principal } from '../common/principal';
import { ReviewService } from '../review/review.service';
import { UsersService } from './users.service';
import type { UpdateUserInput } from './update-user.input';

/**
 * An account after it was created: renamed, given another role, deactivated
 * and reactivated, its password changed or reset. Each change is one
 * transaction holding the user's row (and the active admins', for the
 * last-admin rule) and writing its user_events row with the NOTIFY that makes
 * every api process see the account as it now is (UserStateCache).
 */
@Injectable()
export class UserLifecycleService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(ReviewService) private readonly review: ReviewService,
    @Inject(UserStateCache) private readonly states: UserStateCache,
  ) {}

  /** Runs a change to the user in one transaction; once committed, this process forgets its cached state of them. */
  private async change<T>(userId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.ds.transaction(work);
    this.states.forget(userId);
    return result;
  }

  /** Everyone, ordered by name then email; deactivated accounts only when asked for. */
  list(includeDeactivated: boolean): Promise<UserEntity[]> {
    return this.ds.getRepository(UserEntity).find({ where: includeDeactivated ? {} : { deactivatedAt: IsNull() }, order: { name: 'ASC', email: 'ASC' } });
  }

  async update(id: string, input: UpdateUserInput, actor: Principal): Promise<UserEntity> {
    if (input.name === undefined && input.role === undefined) throw badInput('Give at least one of name and role');
    const name = input.name?.trim();
    return this.change(id, async (em) => {
      const { user } = await this.lockChecked(em, id, actor, { kind: 'update', role: input.role });
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      if (name !== undefined && name !== user.name) [before['name'], after['name']] = [user.name, name];
      if (input.role !== undefined && input.role !== user.role) [before['role'], after['role']] = [user.role, input.role];
      // Nothing differs: nothing to write or record.
      if (Object.keys(after).length === 0) return user;
      await em.update(UserEntity, { id }, after);
      await recordUserEvent(em, { userId: id, actorId: actor.id, type: 'UPDATED', data: { before, after } });
      return Object.assign(user, after);
    });
  }

  /**
   * Signs the account out everywhere (its token version moves on, so a later
   * reactivation does not revive old tokens) and gives back its live leases
   * at once; nothing it did is removed.
   */
  async deactivate(id: string, actor: Principal): Promise<UserEntity> {
    const { user, leases } = await this.change(id, async (em) => {
      await this.lockChecked(em, id, actor, { kind: 'deactivate' });
      const user = await updateUserReturning(em, id, `deactivated_at = now(), token_version = token_version + 1`);
      const leases = await this.review.releaseLeasesOf(em, id, actor.id);
      await recordUserEvent(em, { userId: id, actorId: actor.id, type: 'DEACTIVATED', data: leases.length ? { releasedAssignments: leases.map((a) => a.id) } : null });
      return { user, leases };
    });
    await this.review.completeJobs(leases);
    return user;
  }

  async reactivate(id: string, actor: Principal): Promise<UserEntity> {
    return this.change(id, async (em) => {
      await this.lockChecked(em, id, actor, { kind: 'reactivate' });
      const user = await updateUserReturning(em, id, `deactivated_at = NULL`);
      await recordUserEvent(em, { userId: id, actorId: actor.id, type: 'REACTIVATED' });
      return user;
    });
  }

  /** The caller's own password; every other session of theirs ends, and this one gets a fresh token. */
  async changePassword(me: Principal, currentPassword: string, newPassword: string): Promise<{ token: string; user: UserEntity }> {
    const current = await this.ds.getRepository(UserEntity).findOneBy({ id: me.id });
    if (!current) throw notFound('User', me.id);
    if (!(await bcrypt.compare(currentPassword, current.passwordHash))) throw badInput('The current password is wrong', { field: 'currentPassword' });
    const user = await this.setPassword(me.id, await this.users.hash(newPassword), me.id, 'PASSWORD_CHANGED', current.passwordHash);
    return { token: await this.auth.issueToken(user), user };
  }

  /** An admin sets another user's password; every session of that user ends. */
  async resetPassword(id: string, password: string, actor: Principal): Promise<UserEntity> {
    return this.setPassword(id, await this.users.hash(password), actor.id, 'PASSWORD_RESET');
  }

  /**
   * Stores the new hash and moves the token version on, under the row's lock.
   * `expectedHash`: the hash the current password was checked against; if it
   * changed meanwhile (another change won), the check no longer holds.
   */
  private async setPassword(id: string, passwordHash: string, actorId: string, type: 'PASSWORD_CHANGED' | 'PASSWORD_RESET', expectedHash?: string): Promise<UserEntity> {
    if (!isUuid(id)) throw notFound('User', id);
    return this.change(id, async (em) => {
      const [held] = await em.query<{ password_hash: string }[]>(`SELECT password_hash FROM users WHERE id = $1 FOR NO KEY UPDATE`, [id]);
      if (!held) throw notFound('User', id);
      if (expectedHash !== undefined && held.password_hash !== expectedHash) throw badInput('The current password is wrong', { field: 'currentPassword' });
      const user = await updateUserReturning(em, id, `password_hash = $2, token_version = token_version + 1`, [passwordHash]);
      await recordUserEvent(em, { userId: id, actorId, type });
      return user;
    });
  }

  /** The target and the active admins, locked; NOT_FOUND for an unknown id, CONFLICT for a change the rules refuse. */
  private async lockChecked(em: EntityManager, id: string, actor: Principal, change: AccountChange): Promise<{ user: UserEntity }> {
    const locked = isUuid(id) ? await lockUserAndAdmins(em, id) : null;
    if (!locked) throw notFound('User', id);
    checkAccountChange(locked.user, change, { actorId: actor.id, activeAdmins: locked.activeAdmins });
    return { user: locked.user };
  }
}
