import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, isUuid, notFound } from '@app/domain';
import { ClaimRepository, CommentEntity } from '@app/persistence';

export const MAX_COMMENT_LENGTH = 5000;

@Injectable()
export class CommentsService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ClaimRepository) private readonly claims: ClaimRepository,
  ) {}

  /**
   * A note on a claim. Not an edit of the claim: its version stays, but watchers hear of it.
   * A comment makes the claim one a person has acted on (`actedOn`), which a re-extraction must not
   * retire: so it waits for the claim's writers (FOR SHARE conflicts with their FOR NO KEY UPDATE, not
   * with other comments). Without it, a comment committed while a re-extraction held the claim was not
   * seen, and the claim was retired under it.
   */
  add(claimId: string, body: string, authorId: string): Promise<CommentEntity> {
    const text = body.trim();
    if (!text) throw badInput('body must not be empty or white space');
    if (text.length > MAX_COMMENT_LENGTH) throw badInput(`body is longer than ${MAX_COMMENT_LENGTH} characters`);
    return this.ds.transaction(async (em) => {
      if (!isUuid(claimId) || (await em.query<unknown[]>(`SELECT 1 FROM claims WHERE id = $1 FOR SHARE`, [claimId])).length === 0) throw notFound('Claim', claimId);
      const comment = await em.save(em.create(CommentEntity, { claimId, authorId, body: text }));
      await this.claims.notify(em, claimId);
      return comment;
    });
  }
}
