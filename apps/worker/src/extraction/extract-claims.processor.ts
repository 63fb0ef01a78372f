import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobData } from '@app/queue';
import type { JobProcessor } from '../processor-registry';
import { ExtractionService } from './extraction.service';

@Injectable()
export class ExtractClaimsProcessor implements JobProcessor<'extract-claims'> {
  readonly jobName = 'extract-claims' as const;
  private readonly logger = new Logger(ExtractClaimsProcessor.name);

  constructor(@Inject(ExtractionService) private readonly extraction: ExtractionService) {}

  async process(job: Job<JobData<'extract-claims'>>): Promise<void> {
    const { created, queued, linked, refreshed, superseded, kept } = await this.extraction.extract(job.data.articleId);
    this.logger.log(`Article ${job.data.articleId}: ${created} claims extracted, ${queued} queued, ${linked} linked to known claims, ${refreshed} refreshed, ${superseded} superseded, ${kept} kept (acted on by a person)`);
  }

  async onFinalFailure(job: Job<JobData<'extract-claims'>>, err: Error): Promise<void> {
    await this.extraction.markFailed(job.data.articleId, err.message);
  }
}
