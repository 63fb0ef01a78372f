import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ArticleStatus, badInput, isUuid, notFound } from '@app/domain';
import { ArticleEntity, hydrate, OutboxRepository } from '@app/persistence';
import { QueueName } from '@app/queue';
import { decodeCursor, encodeCursor, exactTime } from '../common/keyset-cursor';
import { likePattern, searchWords } from '../common/like-pattern';
import type { Caller } from '../common/principal';
import type { ArticleConnection } from './article-connection.model';
import type { ArticlesArgs } from './articles.args';
import type { SubmitArticleInput } from './submit-article.input';

const UNIQUE_VIOLATION = '23505';

// Everything a list shows; the body (up to MAX_ARTICLE_BYTES each) is read only when a query asks for it.
const LISTED = ['id', 'title', 'url', 'source', 'publishedAt', 'status', 'error', 'modelVersion', 'createdAt'].map((c) => `a.${c}`);

// What `search` looks in: title, URL and source, as the trigram index ArticlesSearchTrgmIndex holds them.
const SEARCHED = `(a.title || ' ' || coalesce(a.url, '') || ' ' || coalesce(a.source, ''))`;

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

@Injectable()
export class ArticlesService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(OutboxRepository) private readonly outbox: OutboxRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(id: string): Promise<ArticleEntity> {
    const article = isUuid(id) ? await this.ds.getRepository(ArticleEntity).findOneBy({ id }) : null;
    if (!article) throw notFound('Article', id);
    return article;
  }

  /** Newest first, keyset-paginated on (created_at, id); `search` keeps the articles with every word in their title, URL or source. */
  async list(args: ArticlesArgs): Promise<ArticleConnection> {
    const q = this.ds.getRepository(ArticleEntity).createQueryBuilder('a').select(LISTED);
    const words = searchWords(args.search);
    // One ILIKE per word on exactly the expression of the trigram index (ArticlesSearchTrgmIndex): it answers those, not ILIKE ALL.
    words.forEach((w, i) => q.andWhere(`${SEARCHED} ILIKE :word${i}`, { [`word${i}`]: likePattern(w) }));
    if (args.after) {
      const c = decodeCursor('articles', args.after);
      q.andWhere('(a.created_at, a.id) < (:t, :id)', { t: c.t, id: c.id });
    }
    q.addSelect(exactTime('a.created_at'), 'cursor_t');
    // One row per article (no joins): raw[i] is entities[i]'s row.
    const { entities, raw } = await q.orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').limit(args.first + 1).getRawAndEntities<{ cursor_t: string }>();
    const edges = entities.slice(0, args.first).map((node, i) => ({ cursor: encodeCursor('articles', { t: raw[i]!.cursor_t, id: node.id }), node }));
    return { edges, pageInfo: { hasNextPage: entities.length > args.first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /**
   * Idempotent: the same URL, or the same body, returns the article already
   * stored. The article row and its extraction job (as an outbox row) commit
   * together, or not at all.
   */
  async submit(input: SubmitArticleInput, caller: Caller): Promise<ArticleEntity> {
    return (await this.submitItem(input, caller)).article;
  }

  /** As `submit`, also telling whether the article is new (false: an identical one was stored before). */
  async submitItem(input: SubmitArticleInput, caller: Caller): Promise<{ article: ArticleEntity; created: boolean }> {
    const bytes = Buffer.byteLength(input.body, 'utf8');
    if (bytes > this.config.maxArticleBytes) {
      throw badInput(`body is ${bytes} bytes; the limit is ${this.config.maxArticleBytes}`);
    }
    const bodySha256 = sha256(input.body);
    const url = input.url?.trim() || null;
    const existing = await this.findExisting(this.ds.manager, url, bodySha256);
    if (existing) return { article: existing, created: false };
    try {
      // The id is ours, not the column default, so the extraction job can name it in the same statement: the
      // article row and its job (an outbox row) commit together, or not at all.
      const id = randomUUID();
      const rows = await this.outbox.withRow(
        this.ds.manager,
        `written AS (
           INSERT INTO articles (id, title, body, url, body_sha256, source, published_at, status, submitted_by, submitted_by_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *
         )`,
        [id, input.title.trim(), input.body, url, bodySha256, input.source?.trim() || null, input.publishedAt ?? null, ArticleStatus.PENDING, caller.userId, caller.apiKeyId],
        [{ queue: QueueName.ExtractClaims, name: 'extract-claims', data: { articleId: id } }],
      );
      const article = hydrate(this.ds, ArticleEntity, rows)[0]!;
      return { article, created: true };
    } catch (err) {
      // Lost a race with an identical submission: theirs is ours.
      if ((err as { code?: string }).code === UNIQUE_VIOLATION) {
        const winner = await this.findExisting(this.ds.manager, url, bodySha256);
        if (winner) return { article: winner, created: false };
      }
      throw err;
    }
  }

  /**
   * Runs extraction again with the worker's current model. Idempotent: an
   * article already waiting for extraction is returned as it is; otherwise its
   * next run is queued (a job id of its own) in the same transaction.
   */
  async reextract(id: string): Promise<ArticleEntity> {
    if (!isUuid(id)) throw notFound('Article', id);
    return this.ds.transaction(async (em) => {
      // The extraction's lock mode (see ExtractionService.extract): waits for a running extraction, blocks no claim's key check.
      const article = await em.findOne(ArticleEntity, { where: { id }, lock: { mode: 'for_no_key_update' } });
      if (!article) throw notFound('Article', id);
      if (article.status === ArticleStatus.PENDING || article.status === ArticleStatus.EXTRACTING) return article;
      article.extractionRun += 1;
      article.status = ArticleStatus.PENDING;
      article.error = null;
      await em.update(ArticleEntity, { id }, { extractionRun: article.extractionRun, status: article.status, error: null });
      await this.outbox.add(em, [{ queue: QueueName.ExtractClaims, name: 'extract-claims', data: { articleId: id, run: article.extractionRun } }]);
      return article;
    });
  }

  private findExisting(em: EntityManager, url: string | null, bodySha256: string): Promise<ArticleEntity | null> {
    const where = url ? [{ url }, { bodySha256 }] : [{ bodySha256 }];
    return em.getRepository(ArticleEntity).findOne({ where, order: { createdAt: 'ASC' } });
  }
}
