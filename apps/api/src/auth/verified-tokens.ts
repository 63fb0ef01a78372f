/** What a verified token says, as far as caching it is concerned. */
export interface VerifiedClaims {
  exp?: number;
  nbf?: number;
}

// Tokens in use at once are about one per signed-in session; the bound only keeps a flood of distinct (valid) tokens from growing the map forever.
const MAX_ENTRIES = 10_000;

/**
 * Signature checks of JWTs, remembered until the token expires: a client
 * sends the same token on every request, and verifying it (HMAC, base64,
 * JSON) was a few per cent of the api's CPU per claims page. Only what the
 * signature check decides is cached: whether the account may still use the
 * token (deactivated, signed out by a token version bump, role changed) is
 * asked of UserStateCache on every request, after this. A token is served
 * from here only before its `exp` (the same `now >= exp` rule jsonwebtoken
 * applies), and one with a `nbf` or without an `exp` is never kept.
 */
export class VerifiedTokens<T extends VerifiedClaims> {
  private readonly tokens = new Map<string, T & { exp: number }>();

  constructor(
    private readonly check: (token: string) => Promise<T>,
    private readonly now: () => number = Date.now,
  ) {}

  /** The token's claims; rejects as `check` does when the signature or the expiry is wrong. */
  async verify(token: string): Promise<T> {
    const hit = this.tokens.get(token);
    if (hit) {
      if (this.now() < hit.exp * 1000) return hit;
      this.tokens.delete(token);
    }
    const claims = await this.check(token);
    if (typeof claims.exp === 'number' && claims.nbf === undefined) {
      if (this.tokens.size >= MAX_ENTRIES) this.tokens.clear();
      this.tokens.set(token, claims as T & { exp: number });
    }
    return claims;
  }
}
