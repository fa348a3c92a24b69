import { Transform } from 'class-transformer';

/** Trims string input before validation, so "   " fails a min-length rule instead of being stored. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
