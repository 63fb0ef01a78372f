import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { krippendorffAlpha, ratingValue, type Rating } from '@app/domain';
import type { AgreementModel, ReviewerStatsModel } from './stats.model';

@Injectable()
export class StatsService {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  /** Per reviewer: verdicts, median take → verdict time, and how often they matched the final verdict of the round. */
  async reviewerStats(reviewerId: string | null, since: Date | null = null): Promise<ReviewerStatsModel[]> {
    const rows = await this.ds.query<{ reviewer_id: string; verdicts: number; median_seconds: number | null; decided: number; matched: number }[]>(
      `SELECT v.reviewer_id,
              count(*)::int AS verdicts,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM v.created_at - a.taken_at)) AS median_seconds,
              count(f.id)::int AS decided,
              (count(*) FILTER (WHERE f.rating = v.rating))::int AS matched
         FROM verdicts v
         JOIN review_assignments a ON a.id = v.assignment_id
         LEFT JOIN final_verdicts f ON f.claim_id = v.claim_id AND f.round = v.round
        WHERE ($1::uuid IS NULL OR v.reviewer_id = $1::uuid)
          AND ($2::timestamptz IS NULL OR v.created_at >= $2::timestamptz)
        GROUP BY v.reviewer_id
        ORDER BY verdicts DESC, v.reviewer_id`,
      [reviewerId, since],
    );
    return rows.map((r) => ({
      reviewerId: r.reviewer_id,
      verdicts: r.verdicts,
      medianSecondsToVerdict: r.median_seconds === null ? null : Number(r.median_seconds),
      decided: r.decided,
      matchedFinal: r.matched,
      agreementWithFinal: r.decided > 0 ? r.matched / r.decided : null,
    }));
  }

  /** Krippendorff's alpha (ordinal) over every round of reviews with two or more verdicts. */
  async agreement(): Promise<AgreementModel> {
    const rows = await this.ds.query<{ ratings: Rating[] | string }[]>(`SELECT array_agg(rating::text) AS ratings FROM verdicts GROUP BY claim_id, round HAVING count(*) >= 2`);
    // node-postgres returns arrays of enum-cast text as arrays; be lenient with the '{A,B}' literal form too.
    const units = rows.map((r) => (Array.isArray(r.ratings) ? r.ratings : r.ratings.replace(/^\{|\}$/g, '').split(',')).map((x) => ratingValue(x as Rating)));
    const result = krippendorffAlpha(units, 'ordinal');
    return { alpha: result.alpha, metric: 'ordinal', units: result.pairableUnits, pairableValues: result.pairableValues };
  }
}
