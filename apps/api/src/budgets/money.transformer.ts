import type { ValueTransformer } from 'typeorm';

// bigint columns arrive from pg as strings; amounts stay well inside Number.MAX_SAFE_INTEGER.
export const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
