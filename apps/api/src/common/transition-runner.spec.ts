import { defineMachine } from '@summitdesk/contracts';
import { describe, expect, it } from 'vitest';
import { AppError } from './app-error.js';
import { decide } from './transition-runner.js';

const machine = defineMachine<'open' | 'shut', 'shut' | 'reopen', 'keeper' | 'guest'>('door', {
  shut: { from: ['open'], to: 'shut', by: ['keeper', 'guest'] },
  reopen: { from: ['shut'], to: 'open', by: ['keeper'] },
});

function refusal(run: () => unknown): { status: number; code: string; message: string; errors?: Record<string, string> } {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, code: error.code, message: error.message, errors: error.errors };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('TransitionRunner refusal mapping', () => {
  it('answers with the target state when any hat allows the move', () => {
    expect(decide(machine, 'shut', 'reopen', ['guest', 'keeper'])).toBe('open');
  });

  it('refuses with 403 when the state allows the move but no hat does', () => {
    expect(refusal(() => decide(machine, 'shut', 'reopen', ['guest']))).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
  });

  it('refuses with 409 and the state when the move is illegal from the state, whatever the hat', () => {
    expect(refusal(() => decide(machine, 'shut', 'shut', ['guest']))).toMatchObject({
      status: 409,
      code: 'RECORD.ILLEGAL_TRANSITION',
      errors: { status: 'is shut' },
    });
  });

  it('refuses with 403 an actor who wears no hat towards the record', () => {
    expect(refusal(() => decide(machine, 'open', 'shut', [], { noRoleMessage: 'Only the keeper may' }))).toMatchObject({
      status: 403,
      code: 'AUTH.FORBIDDEN',
      message: 'Only the keeper may',
    });
  });
});
