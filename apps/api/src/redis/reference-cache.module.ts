import { Global, Module } from '@nestjs/common';
import { ReferenceCache } from './reference-cache';

@Global()
@Module({ providers: [ReferenceCache], exports: [ReferenceCache] })
export class ReferenceCacheModule {}
