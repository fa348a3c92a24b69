import { Module } from '@nestjs/common';
import { AdoptionResolver, TopicAdoptionsResolver } from './adoptions.resolver';
import { AdoptionsService } from './adoptions.service';

/** The adoption map (Topic.adoptions, adoptionMap, setAdoption; web feature adoptions). */
@Module({ providers: [AdoptionsService, TopicAdoptionsResolver, AdoptionResolver] })
export class AdoptionsModule {}
