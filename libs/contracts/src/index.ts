export * from './common/state-machine.js';
export * from './common/dates.js';
export * from './common/fields.js';
export * from './common/errors.js';
export * from './users/user.schema.js';
export * from './events/event.schema.js';
export * from './events/event.machine.js';
export * from './audit/audit.schema.js';
