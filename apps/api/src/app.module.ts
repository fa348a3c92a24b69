import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { resolveMethodFields } from './common/graphql/method-field';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import depthLimit from 'graphql-depth-limit';
import type { DataSource } from 'typeorm';
import type { RedisClientType } from 'redis';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { IdentityModule } from './identity/identity.module';
import { AuthService } from './auth/auth.service';
import { tokenFromRequest } from './auth/session-token';
import { BoardsModule } from './boards/boards.module';
import { formatGraphqlError } from './common/errors/format-graphql-error';
import {
  isServiceUnavailable,
  serviceUnavailableGraphQLError,
  serviceUnavailableStatusPlugin,
} from './common/errors/service-unavailable';
import { complexityPlugin } from './common/graphql/complexity-plugin';
import { inputGuardPlugin } from './common/graphql/input-guard';
import type { GqlContext } from './common/graphql/gql-context';
import { RequestLoaders } from './common/loaders/request-loaders';
import { ReferenceCacheModule } from './redis/reference-cache.module';
import { ReferenceCache } from './redis/reference-cache';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { ENTITIES } from './entities';
import { EventsModule } from './events/events.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { ModerationModule } from './moderation/moderation.module';
import { NotificationsModule } from './notifications/notifications.module';
import { LandQueueModule } from './land-queue/land-queue.module';
import { ActivityModule } from './activity/activity.module';
import { RealtimeModule } from './realtime/realtime.module';
import { ReportsModule } from './reports/reports.module';
import { SearchModule } from './search/search.module';
import { FaqModule } from './faq/faq.module';
import { AdoptionsModule } from './adoptions/adoptions.module';
import { FeedsModule } from './feeds/feeds.module';
import { WatchesModule } from './watches/watches.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PostsModule } from './posts/posts.module';
import { RedisModule } from './redis/redis.module';
import { ThreadsModule } from './threads/threads.module';
import { TagsModule } from './tags/tags.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { TopicsModule } from './topics/topics.module';
import { UsersModule } from './users/users.module';
import { MailModule } from './mail/mail.module';
import { AccessibilityModule } from './accessibility/accessibility.module';
import { AccountModule } from './account/account.module';
import { BookmarksModule } from './bookmarks/bookmarks.module';
import { DraftsModule } from './drafts/drafts.module';
import { ReactionsModule } from './reactions/reactions.module';
import { ReadingModule } from './reading/reading.module';
import './common/graphql/enums';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Connected Redis client when REDIS_URL is set. */
  redis?: RedisClientType;
}

@Module({})
export class AppModule {
  static forRoot({ config, databaseUrl, redis }: AppModuleOptions): DynamicModule {
    const graphqlLogger = new Logger('GraphQL');
    return {
      module: AppModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl, config.dbPoolSize, ENTITIES)),
        RedisModule.forRoot(redis),
        ReferenceCacheModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AuthService, getDataSourceToken(), GraphQLSchemaHost, ReferenceCache],
          useFactory: (
            auth: AuthService,
            ds: DataSource,
            schemaHost: GraphQLSchemaHost,
            refs: ReferenceCache,
          ) => ({
            autoSchemaFile: true,
            sortSchema: true,
            transformSchema: resolveMethodFields,
            path: '/graphql',
            playground: false,
            graphiql: false,
            introspection: config.nodeEnv !== 'production',
            csrfPrevention: true,
            includeStacktraceInErrorResponses: false,
            // Apollo then runs our rules only after GraphQL's own validation has passed: graphql-depth-limit
            // would otherwise recurse without end on a fragment cycle (NoFragmentCycles reports it first).
            maxRecursiveSelections: true,
            // Nest's plugin would reset every executed response to HTTP 200; ours answers 503 when the
            // database or Redis is down (serviceUnavailableStatusPlugin) and leaves all others at 200.
            preserveHttpStatusForExecutionErrors: false,
            validationRules: [depthLimit(config.graphqlMaxDepth)],
            plugins: [
              inputGuardPlugin(),
              serviceUnavailableStatusPlugin(),
              ApolloServerPluginLandingPageDisabled(),
              // No cache hints are used; the default plugin would wrap every field resolver to collect them.
              ApolloServerPluginCacheControlDisabled(),
              complexityPlugin(() => schemaHost.schema, config.graphqlMaxComplexity),
            ],
            context: async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => {
              let viewer: GqlContext['viewer'];
              try {
                viewer = await auth.resolveViewer(
                  tokenFromRequest(req.headers, req.cookies as Record<string, string>),
                );
              } catch (err) {
                // The session lookup is the first query of every request: with the database down, say so.
                if (isServiceUnavailable(err)) throw serviceUnavailableGraphQLError();
                throw err;
              }
              return { req, res, viewer, loaders: new RequestLoaders(ds, refs) };
            },
            formatError: (formatted, error) =>
              formatGraphqlError(formatted, error, (err) =>
                graphqlLogger.error(err instanceof Error ? err.stack : String(err)),
              ),
          }),
        }),
        EventsModule,
        AuditModule,
        AuthModule,
        IdentityModule,
        OrganisationsModule,
        UsersModule,
        BoardsModule,
        TopicsModule,
        TagsModule,
        ThreadsModule,
        AttachmentsModule,
        PostsModule,
        WatchesModule,
        RealtimeModule,
        ActivityModule,
        NotificationsModule,
        MailModule,
        ModerationModule,
        ReportsModule,
        LandQueueModule,
        SearchModule,
        FaqModule,
        AdoptionsModule,
        FeedsModule,
        ReadingModule,
        BookmarksModule,
        DraftsModule,
        ReactionsModule,
        AccountModule,
        AccessibilityModule,
        HealthModule,
        MetricsModule,
      ],
    };
  }
}
