import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';

/** An optional list of at most `max` UUIDs (attachmentIds, tagIds), with one readable message each. */
export function IdList(max: number, tooMany: string, invalid: string) {
  return applyDecorators(
    IsOptional(),
    IsArray({ message: invalid }),
    ArrayMaxSize(max, { message: tooMany }),
    IsUUID('all', { each: true, message: invalid }),
  );
}
