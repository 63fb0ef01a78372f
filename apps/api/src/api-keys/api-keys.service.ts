import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { badInput, conflict, isUuid, notFound } from '@app/domain';
import { ApiKeyEntity, WebhookOutboxRepository } from '@app/persistence';
import type { ApiKeyPrincipal } from '../common/principal';
import type { CreateApiKeyInput } from './create-api-key.input';

/** Every key starts with this, so a bearer token is told apart from a JWT without trying to verify it. */
export const API_KEY_PREFIX = 'cck_';
// Characters of the key kept in clear, to recognise it in lists: "cck_" plus 8 of the random part.
const SHOWN_PREFIX_LENGTH = API_KEY_PREFIX.length + 8;
// last_used_at is written at most this often per key: one UPDATE a minute, not one per request.
const TOUCH_EVERY_MS = 60_000;

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger(ApiKeysService.name);

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(WebhookOutboxRepository) private readonly webhooks: WebhookOutboxRepository,
  ) {}

  /** Creates a key; the returned `key` is the only time it is ever shown. */
  async create(input: CreateApiKeyInput, createdBy: string | null): Promise<{ key: string; apiKey: ApiKeyEntity }> {
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw badInput('expiresAt must be in the future');
    const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const apiKey = await this.ds.getRepository(ApiKeyEntity).save({
      name: input.name.trim(),
      prefix: key.slice(0, SHOWN_PREFIX_LENGTH),
      keyHash: sha256(key),
      scopes: [...new Set(input.scopes)],
      createdBy,
      expiresAt: input.expiresAt ?? null,
      revokedAt: null,
      lastUsedAt: null,
    });
    return { key, apiKey };
  }

  list(): Promise<ApiKeyEntity[]> {
    return this.ds.getRepository(ApiKeyEntity).find({ order: { createdAt: 'DESC' } });
  }

  /** Refused from the next request on (every request reads the key's row), and the webhooks it created are disabled with it. */
  async revoke(id: string): Promise<ApiKeyEntity> {
    if (!isUuid(id)) throw notFound('API key', id);
    return this.ds.transaction(async (em) => {
      const key = await em.findOne(ApiKeyEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!key) throw notFound('API key', id);
      if (key.revokedAt) throw conflict('This API key is already revoked', { revokedAt: key.revokedAt.toISOString() });
      await em.update(ApiKeyEntity, { id }, { revokedAt: () => 'now()' });
      await this.webhooks.disableCreatedByKey(em, key);
      return em.findOneByOrFail(ApiKeyEntity, { id });
    });
  }

  /** The key's principal, or why it is refused. */
  async authenticate(key: string): Promise<{ apiKey: ApiKeyPrincipal | null; error: string | null }> {
    const row = await this.ds.getRepository(ApiKeyEntity).findOneBy({ keyHash: sha256(key) });
    if (!row) return { apiKey: null, error: 'API key is invalid' };
    if (row.revokedAt) return { apiKey: null, error: 'API key has been revoked' };
    if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) return { apiKey: null, error: 'API key has expired' };
    if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) this.touch(row.id);
    return { apiKey: { id: row.id, name: row.name, scopes: row.scopes }, error: null };
  }

  private touch(id: string): void {
    // Not awaited: the request does not wait for bookkeeping, and a lost update only makes the time older.
    this.ds
      .query(`UPDATE api_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2))`, [id, TOUCH_EVERY_MS / 1000])
      .catch((err: unknown) => this.logger.warn(`Could not record use of API key ${id}: ${String(err)}`));
  }
}
