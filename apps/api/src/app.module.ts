import { Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ConfigModule, loadConfig } from '@app/config';
import { ClaimTextIndexModule, PersistenceModule } from '@app/persistence';
import { ArticleIngestService } from './articles/article-ingest.service';
import { ArticlesService } from './articles/articles.service';
import { IngestController } from './articles/ingest.controller';
import { RestErrorFilter } from './common/rest-error.filter';
import { ClaimReviewController } from './claim-review/claim-review.controller';
import { ClaimReviewService } from './claim-review/claim-review.service';
import { AuthModule } from './auth/auth.module';
import { ClaimsService } from './claims/claims.service';
import { AuthGuard } from './common/auth.guard';
import { TextInputPipe } from './common/text-input.pipe';
import { graphqlModule } from './common/graphql-module';
import { HealthController } from './health/health.controller';
import { MetricsController } from './observability/metrics.controller';
import { observabilityProviders, QueuesShutdown } from './observability/observability.providers';
import { LiveModule } from './live/live.module';
import { QueueShutdown, queueProviders } from './queue.providers';
import { RESOLVERS } from './resolvers';
import { ReviewUiController } from './review-ui/review-ui.controller';
import { CommentsService } from './comments/comments.service';
import { DisputeQueueService } from './editorial/dispute-queue.service';
import { EditorialService } from './editorial/editorial.service';
import { MatchingService } from './matching/matching.service';
import { StatsService } from './stats/stats.service';
import { QueueStatsService } from './review/queue-stats.service';
import { ReviewService } from './review/review.service';
import { UserLifecycleService } from './users/user-lifecycle.service';
import { WebhooksService } from './webhooks/webhooks.service';

@Module({
  imports: [
    ConfigModule,
    PersistenceModule,
    ClaimTextIndexModule,
    AuthModule,
    LiveModule,
    // The driver is chosen when the module is defined, before Nest injects anything.
    graphqlModule(loadConfig(process.env).graphqlDriver),
  ],
  controllers: [HealthController, MetricsController, IngestController, ClaimReviewController, ReviewUiController],
  providers: [
    ...queueProviders,
    QueueShutdown,
    ...observabilityProviders,
    QueuesShutdown,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: RestErrorFilter },
    // Whitelist strips unknown fields; transform turns inputs into their classes so nested rules run.
    // Runs before validation: some validators throw on text that is not Unicode.
    { provide: APP_PIPE, useClass: TextInputPipe },
    { provide: APP_PIPE, useValue: new ValidationPipe({ whitelist: true, transform: true, stopAtFirstError: false }) },
    ArticlesService,
    ArticleIngestService,
    ClaimsService,
    ReviewService,
    UserLifecycleService,
    QueueStatsService,
    EditorialService,
    DisputeQueueService,
    CommentsService,
    MatchingService,
    WebhooksService,
    ClaimReviewService,
    StatsService,
    ...RESOLVERS,
  ],
})
export class AppModule {}
