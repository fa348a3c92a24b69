import { Module } from '@nestjs/common';
import { SearchModule } from '../search/search.module';
import { FaqEntryResolver, TopicFaqResolver } from './faq.resolver';
import { FaqService } from './faq.service';

/** The FAQ of the EfA services (Topic.faq, promoteToFaq, faqEntries; web feature faq). */
@Module({ imports: [SearchModule], providers: [FaqService, TopicFaqResolver, FaqEntryResolver] })
export class FaqModule {}
