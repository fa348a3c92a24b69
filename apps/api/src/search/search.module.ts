import { Module } from '@nestjs/common';
import { SearchResolver, SimilarThreadResolver } from './search.resolver';
import { SearchService } from './search.service';
import { ServiceSynonymsService } from './synonyms/service-synonyms.service';
import { ServicesResolver } from './synonyms/services.resolver';

@Module({
  providers: [SearchService, SearchResolver, SimilarThreadResolver, ServiceSynonymsService, ServicesResolver],
  exports: [ServiceSynonymsService],
})
export class SearchModule {}
