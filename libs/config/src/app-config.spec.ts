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
  });

  it('refuses a bad value with the variable named', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ QUEUE_PREFIX: 'a:b' })).toThrow(ConfigError);
    expect(() => loadConfig({ HIGH_SCORE_THRESHOLD: '1.5' })).toThrow(/HIGH_SCORE_THRESHOLD/);
  });

  it('requires a JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toBe('x'.repeat(32));
  });
});
