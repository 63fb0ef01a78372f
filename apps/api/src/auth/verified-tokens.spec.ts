import { VerifiedTokens } from './verified-tokens';

interface Claims {
  sub: string;
  exp?: number;
  nbf?: number;
}

/** A signature check over a table of known tokens, applying expiry as jsonwebtoken does (`now >= exp` is expired); counts its calls. */
function checker(known: Record<string, Claims>, now: () => number): { check: (t: string) => Promise<Claims>; calls: string[] } {
  const calls: string[] = [];
  const check = async (token: string): Promise<Claims> => {
    calls.push(token);
    const claims = known[token];
    if (!claims) throw new Error('invalid signature');
    if (claims.exp !== undefined && Math.floor(now() / 1000) >= claims.exp) throw new Error('jwt expired');
    return claims;
  };
  return { check, calls };
}

describe('VerifiedTokens', () => {
  let clock = 1_000_000_000_000;
  const now = (): number => clock;
  const exp = clock / 1000 + 60;
  const known: Record<string, Claims> = {
    good: { sub: 'u1', exp },
    forever: { sub: 'u2' },
    later: { sub: 'u3', exp, nbf: exp - 30 },
  };
  beforeEach(() => (clock = 1_000_000_000_000));

  it('checks a token once while it is valid', async () => {
    const { check, calls } = checker(known, now);
    const tokens = new VerifiedTokens(check, now);
    await expect(tokens.verify('good')).resolves.toEqual(known['good']);
    clock += 59_000;
    await expect(tokens.verify('good')).resolves.toEqual(known['good']);
    expect(calls).toEqual(['good']);
  });

  it('refuses a remembered token once it has expired, at the same instant the check would', async () => {
    const { check, calls } = checker(known, now);
    const tokens = new VerifiedTokens(check, now);
    await tokens.verify('good');
    clock = exp * 1000 - 1;
    await expect(tokens.verify('good')).resolves.toEqual(known['good']);
    clock = exp * 1000;
    await expect(tokens.verify('good')).rejects.toThrow('jwt expired');
    expect(calls).toEqual(['good', 'good']);
  });

  it('remembers no failure: a bad token is checked (and refused) every time', async () => {
    const { check, calls } = checker(known, now);
    const tokens = new VerifiedTokens(check, now);
    await expect(tokens.verify('forged')).rejects.toThrow('invalid signature');
    await expect(tokens.verify('forged')).rejects.toThrow('invalid signature');
    expect(calls).toEqual(['forged', 'forged']);
  });

  it('keeps no token without an expiry or with a not-before time', async () => {
    const { check, calls } = checker(known, now);
    const tokens = new VerifiedTokens(check, now);
    for (const t of ['forever', 'later', 'forever', 'later']) await tokens.verify(t);
    expect(calls).toEqual(['forever', 'later', 'forever', 'later']);
  });
});
