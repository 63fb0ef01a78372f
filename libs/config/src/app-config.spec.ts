import { loadConfig, ConfigError } from './app-config';

describe('loadConfig', () => {
  it('applies defaults and hash-tags the queue prefix for Redis Cluster', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.queuePrefix).toBe('{claimcheck}');
    expect(c.leaseMs).toBe(15 * 60 * 1000);
    expect(c.requiredReviews).toBe(1);
    expect(c.highScoreThreshold).toBeNull();
    expect(c.matchLinkThreshold).toBeGreaterThan(c.matchSuggestThreshold);
    expect(c.reconcileIntervalMs).toBe(60_000);
    expect(c.uiDistDir).toBeNull(); // the api then serves dist/review-ui next to itself
  });

  it('takes the review UI directory from UI_DIST_DIR, and refuses an empty one', () => {
    expect(loadConfig({ UI_DIST_DIR: '/srv/review-ui' }).uiDistDir).toBe('/srv/review-ui');
    expect(() => loadConfig({ UI_DIST_DIR: '' })).toThrow(/UI_DIST_DIR/);
  });

  it('keeps the matching index in memory unless MATCH_INDEX turns it off', () => {
    expect(loadConfig({}).matchIndex).toBe(true);
    expect(loadConfig({ MATCH_INDEX: 'false' }).matchIndex).toBe(false);
    expect(loadConfig({ MATCH_INDEX: '0' }).matchIndex).toBe(false);
    expect(() => loadConfig({ MATCH_INDEX: 'no' })).toThrow(/MATCH_INDEX/);
  });

  it('refuses a bad value with the variable named', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ QUEUE_PREFIX: 'a:b' })).toThrow(ConfigError);
    expect(() => loadConfig({ HIGH_SCORE_THRESHOLD: '1.5' })).toThrow(/HIGH_SCORE_THRESHOLD/);
  });

  it('accepts a Redis URL or a cluster of seed nodes, and names a bad one', () => {
    expect(loadConfig({ REDIS_URL: 'redis+cluster://127.0.0.1:7000,127.0.0.1:7001' }).redisUrl).toBe('redis+cluster://127.0.0.1:7000,127.0.0.1:7001');
    expect(loadConfig({ REDIS_URL: 'rediss://user:pw@cache.internal:6380/2' }).redisUrl).toBe('rediss://user:pw@cache.internal:6380/2');
    expect(() => loadConfig({ REDIS_URL: 'redis+cluster://127.0.0.1' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL/);
  });

  const SECRET = 'x'.repeat(32);
  const ORG = 'https://factcheck.example';

  it('requires a JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', ORGANIZATION_URL: ORG })).toThrow(/JWT_SECRET: required in production/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, ORGANIZATION_URL: ORG }).jwtSecret).toBe(SECRET);
  });

  it("requires ORGANIZATION_URL in production: localhost must not go into every published ClaimReview", () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET })).toThrow(/ORGANIZATION_URL: required in production/);
    // Both missing: both named in the one message.
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: required[\s\S]*ORGANIZATION_URL: required/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, ORGANIZATION_URL: 'factcheck.example' })).toThrow(/ORGANIZATION_URL/);
    const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: SECRET, ORGANIZATION_URL: `${ORG}/` });
    expect(c.organization).toMatchObject({ url: `${ORG}/`, claimReviewUrlTemplate: `${ORG}/fact-checks/{id}` });
  });

  it('keeps the localhost organisation URL as the default outside production', () => {
    for (const NODE_ENV of ['development', 'test']) {
      expect(loadConfig({ NODE_ENV }).organization).toMatchObject({ url: 'http://localhost:3000', claimReviewUrlTemplate: 'http://localhost:3000/fact-checks/{id}' });
    }
  });
});
