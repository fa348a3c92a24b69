import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badInput } from '../errors/domain-error';

function flatten(errors: ValidationError[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const key = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length) fields[key] = messages[0];
    if (error.children?.length) Object.assign(fields, flatten(error.children, key));
  }
  return fields;
}

/** One global pipe: whitelisted, transformed inputs; failures become BAD_USER_INPUT with a message per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return badInput(Object.values(fields).join(' ') || 'Ungültige Eingabe.', fields);
    },
  });
}
