import { Inject, Injectable, Logger } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate, type ValidationError } from 'class-validator';
import type { Readable } from 'node:stream';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AppError, badInput, type ErrorCode } from '@app/domain';
import type { ArticleEntity } from '@app/persistence';
import type { Caller } from '../common/principal';
import { unstorableText } from '../common/text-input.pipe';
import { ArticlesService } from './articles.service';
import { SubmitArticleInput } from './submit-article.input';
import { ndjsonLines } from './ndjson-lines';

/** One item's outcome: accepted (new or already stored) or refused with its own error. */
export interface IngestItemResult {
  index: number;
  accepted: boolean;
  created: boolean;
  article: ArticleEntity | null;
  error: { code: ErrorCode | 'INTERNAL_SERVER_ERROR'; message: string } | null;
}

function messages(errors: ValidationError[], path = ''): string[] {
  return errors.flatMap((e) => [...Object.values(e.constraints ?? {}).map((m) => (path ? `${path}.${m}` : m)), ...messages(e.children ?? [], `${path}${e.property}`)]);
}

// class-validator's key for a property the class does not declare (forbidNonWhitelisted).
const UNKNOWN = 'whitelistValidation';

/**
 * The item's fields that SubmitArticleInput does not have, named, with the ones it has: a CMS that
 * misspells `publishedAt` or sends a `claimant` must hear so, not lose the value in silence
 * (GraphQL refuses such a field too; an NDJSON line never passes through the GraphQL schema).
 */
function unknownFields(errors: ValidationError[]): string | null {
  const unknown = errors.filter((e) => e.constraints?.[UNKNOWN]).map((e) => `"${e.property}"`);
  if (unknown.length === 0) return null;
  const known = [...new Set(getMetadataStorage().getTargetValidationMetadatas(SubmitArticleInput, '', true, false).map((m) => m.propertyName))];
  return `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: an article has only ${known.join(', ')}`;
}

/**
 * Bulk ingest, for GraphQL batches and NDJSON streams: each item is validated
 * with the same input class as submitArticle and submitted on its own (its own
 * transaction), so one bad item refuses only itself.
 */
@Injectable()
export class ArticleIngestService {
  private readonly logger = new Logger(ArticleIngestService.name);

  constructor(
    @Inject(ArticlesService) private readonly articles: ArticlesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async submitMany(items: readonly unknown[], caller: Caller): Promise<IngestItemResult[]> {
    if (items.length === 0) throw badInput('inputs is empty');
    if (items.length > this.config.ingest.batchMax) {
      throw badInput(`${items.length} articles in one batch; the limit is ${this.config.ingest.batchMax} (use POST /ingest/articles for more)`);
    }
    const out: IngestItemResult[] = [];
    for (const [index, item] of items.entries()) out.push(await this.submitOne(index, item, caller));
    return out;
  }

  /** Reads NDJSON (one article per line) and yields one result line per article, as each is stored. */
  async *submitStream(body: Readable, caller: Caller): AsyncGenerator<string> {
    // A line longer than an article can be, escaped, is refused instead of buffered without end.
    const lines = body.pipe(ndjsonLines(this.config.bodyLimitBytes));
    body.on('error', (err) => lines.destroy(err));
    let index = 0;
    try {
      for await (const line of lines as AsyncIterable<string>) {
        if (!line.trim()) continue;
        if (index >= this.config.ingest.streamMaxItems) {
          yield this.line({ error: { code: 'BAD_USER_INPUT', message: `more than ${this.config.ingest.streamMaxItems} articles in one request; the rest was not read` } });
          return;
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          yield this.resultLine(this.refused(index++, badInput('this line is not valid JSON')));
          continue;
        }
        yield this.resultLine(await this.submitOne(index++, parsed, caller));
      }
    } catch (err) {
      yield this.line({ error: { code: 'BAD_USER_INPUT', message: `the request body could not be read to the end: ${(err as Error).message}` } });
    } finally {
      body.resume();
    }
  }

  private async submitOne(index: number, item: unknown, caller: Caller): Promise<IngestItemResult> {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return this.refused(index, badInput('each article must be a JSON object'));
    // A parsed NDJSON line never went through the GraphQL arguments' pipe: the same rule, here,
    // or Postgres refuses a NUL mid-transaction (an INTERNAL_SERVER_ERROR that no retry cures).
    const text = unstorableText(item);
    if (text) return this.refused(index, badInput(`the article ${text}`));
    const input = plainToInstance(SubmitArticleInput, item);
    const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
    if (errors.length) {
      const unknown = unknownFields(errors);
      const rest = messages(errors.filter((e) => !e.constraints?.[UNKNOWN]));
      return this.refused(index, badInput([...(unknown ? [unknown] : []), ...rest].join('; ')));
    }
    try {
      const { article, created } = await this.articles.submitItem(input, caller);
      return { index, accepted: true, created, article, error: null };
    } catch (err) {
      if (err instanceof AppError) return this.refused(index, err);
      // Both numberings a client may quote: submitArticles' `index` counts from 0, an NDJSON result's `line` from 1.
      this.logger.error(`Ingest item index ${index} (NDJSON line ${index + 1}) failed: ${(err as Error).stack ?? String(err)}`);
      return { index, accepted: false, created: false, article: null, error: { code: 'INTERNAL_SERVER_ERROR', message: 'This article could not be stored; try it again' } };
    }
  }

  private refused(index: number, err: AppError): IngestItemResult {
    return { index, accepted: false, created: false, article: null, error: { code: err.code, message: err.message } };
  }

  /** One NDJSON result: `line` counts non-blank input lines from 1. */
  private resultLine(r: IngestItemResult): string {
    return this.line({ line: r.index + 1, accepted: r.accepted, created: r.created, articleId: r.article?.id ?? null, error: r.error });
  }

  private line(value: unknown): string {
    return `${JSON.stringify(value)}\n`;
  }
}
