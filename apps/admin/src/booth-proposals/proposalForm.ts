import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { schemaResolver } from '../common/schemaResolver';

const isBlank = (value: unknown) => value === null || value === undefined || value === '';

// The form keeps a few things the API does not take: which kind of event was chosen, and empty
// address or window groups (the API wants null). This puts the values in the contract's shape.
export function normalizeProposal(values: FieldValues): FieldValues {
  const { eventChoice, ...rest } = values;
  const choice = eventChoice ?? (rest.newEvent && !rest.eventId ? 'new' : 'existing');
  const address = rest.shippingAddress as Record<string, unknown> | null | undefined;
  const window = rest.receivingWindow as { from?: string; to?: string } | null | undefined;
  return {
    ...rest,
    eventId: choice === 'existing' ? (rest.eventId ?? null) : null,
    newEvent: choice === 'new' ? (rest.newEvent ?? null) : null,
    materials: rest.materials ?? [],
    shippingAddress: address && Object.values(address).some((value) => !isBlank(value)) ? address : null,
    receivingWindow: window && (!isBlank(window.from) || !isBlank(window.to)) ? window : null,
    openingHours: Array.isArray(rest.openingHours) && rest.openingHours.length > 0 ? rest.openingHours : null,
  };
}

// Validates as you type against the shared contract, on the normalized values.
export function proposalResolver(schema: z.ZodObject): Resolver<FieldValues> {
  const resolve = schemaResolver(schema);
  return (values, context, options) => resolve(normalizeProposal(values), context, options);
}
