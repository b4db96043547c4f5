import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * A react-hook-form resolver from a shared zod contract. Only the schema's own keys are validated
 * and submitted, so extra fields a record carries (e.g. computed ones) never trip `.strict()`.
 * Messages are the contract's English phrases; the i18n catalogs translate them by their text.
 */
export function schemaResolver(schema: z.ZodObject): Resolver<FieldValues> {
  const keys = Object.keys(schema.shape);
  const resolve = zodResolver(schema as never) as unknown as Resolver<FieldValues>;
  return (values, context, options) => {
    const picked: FieldValues = {};
    for (const key of keys) {
      if (key in values) picked[key] = values[key];
    }
    return resolve(picked, context, options);
  };
}
