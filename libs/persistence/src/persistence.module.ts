import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { createDataSource } from './data-source';
import { ClaimMatchRepository, ClaimRepository, OutboxRepository, WebhookOutboxRepository } from './repositories';

@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<DataSource> => createDataSource(config.databaseUrl, 10, { countStatements: config.sqlStatementCount }).initialize(),
    },
    OutboxRepository,
    ClaimMatchRepository,
    { provide: WebhookOutboxRepository, inject: [OutboxRepository], useFactory: (o: OutboxRepository) => new WebhookOutboxRepository(o) },
    { provide: ClaimRepository, inject: [OutboxRepository, WebhookOutboxRepository], useFactory: (o: OutboxRepository, w: WebhookOutboxRepository) => new ClaimRepository(o, w) },
  ],
  exports: [DataSource, OutboxRepository, ClaimRepository, ClaimMatchRepository, WebhookOutboxRepository],
})
export class PersistenceModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}
