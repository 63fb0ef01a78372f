import { Controller, Inject, Post, Req, Res, UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { CurrentCaller, Scopes } from '../common/decorators';
import type { Caller } from '../common/principal';
import { ArticleIngestService } from './article-ingest.service';

export const NDJSON = 'application/x-ndjson';

/**
 * Streaming ingest: one article per NDJSON line in, one result per line out,
 * written as each article is stored. Same validation and idempotency as
 * submitArticle; each line is accepted or refused on its own.
 */
@Controller('ingest')
export class IngestController {
  constructor(@Inject(ArticleIngestService) private readonly ingest: ArticleIngestService) {}

  @Post('articles')
  @Scopes('articles:write')
  async articles(@Req() req: FastifyRequest, @Res() reply: FastifyReply, @CurrentCaller() caller: Caller): Promise<void> {
    if (!(req.body instanceof Readable)) {
      throw new UnsupportedMediaTypeException(`Send the articles as ${NDJSON}, one JSON object per line`);
    }
    await reply.code(200).type(NDJSON).send(Readable.from(this.ingest.submitStream(req.body, caller)));
  }
}
