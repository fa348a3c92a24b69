import { Module } from '@nestjs/common';
import { SearchResolver, SimilarThreadResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({ providers: [SearchService, SearchResolver, SimilarThreadResolver] })
export class SearchModule {}
