import { Module } from '@nestjs/common';
import { PostReactionsResolver } from './reactions.resolver';
import { ReactionsService } from './reactions.service';

@Module({ providers: [ReactionsService, PostReactionsResolver], exports: [ReactionsService] })
export class ReactionsModule {}
