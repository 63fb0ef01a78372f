import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@app/domain';
import { AuthService } from '../auth/auth.service';
import { UserStateCache } from '../auth/user-state-cache';
import { PgListener } from '@app/persistence';

/** What a live session needs of its websocket. */
export interface LiveSocket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/** The subscription connection's context, as connection_init left it (mercurius-options). */
export interface LiveConnectionContext {
  wsSocket?: LiveSocket;
  /** The Authorization value the connection was opened with. */
  liveAuthorization?: string;
  principal?: { id: string; role: Role } | null;
}

// graphql-ws: 4401 Unauthorized (clients stop and sign in again); 1012 Service Restart (clients reconnect, and are
// authenticated again, with the role the account has now).
const UNAUTHORIZED = 4401;
const RECONNECT = 1012;

interface Session {
  socket: LiveSocket;
  authorization: string;
  role: Role;
}

/**
 * Open graphql-ws connections by user, so a change to an account reaches the
 * subscriptions it already has: a deactivated or signed-out user's connections
 * are closed (4401, with the reason), one whose role changed is asked to
 * reconnect (1012) and comes back under its current role. Each connection is
 * authenticated again with the token it was opened with: the one rule of
 * AuthService decides.
 */
@Injectable()
export class LiveSessions {
  private readonly byUser = new Map<string, Map<LiveSocket, Session>>();

  constructor(
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(UserStateCache) states: UserStateCache,
    @Inject(PgListener) listener: PgListener,
  ) {
    states.onChange((userId) => void this.recheck(userId));
    // Changes made while the listener was down were not heard of: look at every connection again.
    listener.onState((up) => {
      if (up) for (const userId of [...this.byUser.keys()]) void this.recheck(userId);
    });
  }

  /** Records the connection of a subscription about to run (every subscription of a connection calls it; once counts). */
  track(ctx: LiveConnectionContext): void {
    const { wsSocket: socket, principal, liveAuthorization } = ctx;
    if (!socket || !principal || !liveAuthorization) return;
    let sessions = this.byUser.get(principal.id);
    if (!sessions) this.byUser.set(principal.id, (sessions = new Map()));
    if (sessions.has(socket)) return;
    sessions.set(socket, { socket, authorization: liveAuthorization, role: principal.role });
    socket.once('close', () => {
      sessions.delete(socket);
      if (sessions.size === 0 && this.byUser.get(principal.id) === sessions) this.byUser.delete(principal.id);
    });
  }

  private async recheck(userId: string): Promise<void> {
    const sessions = this.byUser.get(userId);
    if (!sessions?.size) return;
    for (const s of [...sessions.values()]) {
      const { principal, error } = await this.auth.authenticate(s.authorization).catch(() => ({ principal: null, error: null }));
      // A failed read (Postgres away) decides nothing: the next change checks again.
      if (!principal && error === null) continue;
      if (!principal) s.socket.close(UNAUTHORIZED, error ?? 'Unauthorized');
      else if (principal.role !== s.role) s.socket.close(RECONNECT, 'Your role changed');
    }
  }
}
