import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUuid, type Role } from '@app/domain';
import { PgListener, USER_CHANNEL } from '@app/persistence';

/** What every request needs to know of its user now: the token says who, this says what they may. */
export interface UserState {
  role: Role;
  tokenVersion: number;
  deactivatedAt: Date | null;
}

// Staff accounts are few; the bound only keeps a flood of distinct (valid) tokens from growing the map forever.
const MAX_ENTRIES = 10_000;

/**
 * Each user's current state, kept in the process so a request costs no SQL
 * statement for it (the claims-page bench counts them). Filled on a miss from
 * Postgres; an entry is dropped when the user's row changes, told by the
 * NOTIFY recordUserEvent sends on commit, on every api process. While the
 * listener is down nothing would tell us, so the cache is emptied and not
 * filled: every request reads Postgres until LISTEN is back.
 */
@Injectable()
export class UserStateCache {
  private readonly states = new Map<string, UserState>();
  // Bumped by every invalidation: a read that started before one must not store what it read.
  private epoch = 0;
  private readonly changeHandlers: ((userId: string) => void)[] = [];

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(PgListener) private readonly listener: PgListener,
  ) {
    listener.on(USER_CHANNEL, (userId) => {
      this.invalidate(userId);
      for (const h of this.changeHandlers) h(userId);
    });
    listener.onState(() => this.invalidate(null));
  }

  /** The user's state now; null when there is no such user. */
  async get(userId: string): Promise<UserState | null> {
    const hit = this.states.get(userId);
    if (hit) return hit;
    if (!isUuid(userId)) return null;
    const epoch = this.epoch;
    const rows = await this.ds.query<{ role: Role; token_version: number; deactivated_at: Date | null }[]>(
      `SELECT role, token_version, deactivated_at FROM users WHERE id = $1`,
      [userId],
    );
    const row = rows[0];
    if (!row) return null;
    const state: UserState = { role: row.role, tokenVersion: row.token_version, deactivatedAt: row.deactivated_at };
    if (this.listener.isUp && epoch === this.epoch) {
      if (this.states.size >= MAX_ENTRIES) this.states.clear();
      this.states.set(userId, state);
    }
    return state;
  }

  /** Calls `handler` with the id of each user whose row changed (committed, on any process), after their entry is dropped. */
  onChange(handler: (userId: string) => void): void {
    this.changeHandlers.push(handler);
  }

  /**
   * Forgets a user's state at once, in this process: the change that was just
   * committed here then holds for the caller's very next request, without
   * waiting for its NOTIFY to come back (other processes wait for it).
   */
  forget(userId: string): void {
    this.invalidate(userId);
  }

  /** Forgets one user's state, or everyone's (null). */
  private invalidate(userId: string | null): void {
    this.epoch++;
    if (userId === null) this.states.clear();
    else this.states.delete(userId);
  }
}
