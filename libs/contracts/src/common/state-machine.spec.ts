import { describe, expect, it } from 'vitest';
import { defineMachine } from './state-machine.js';

const door = defineMachine<'open' | 'closed' | 'locked', 'close' | 'lock' | 'open', 'guest' | 'owner'>('door', {
  close: { from: ['open'], to: 'closed', by: ['guest', 'owner'] },
  lock: { from: ['closed'], to: 'locked', by: ['owner'] },
  open: { from: ['closed'], to: 'open', by: ['guest', 'owner'] },
});

describe('defineMachine', () => {
  it('moves along an allowed transition', () => {
    expect(door.transition('open', 'close', 'guest')).toEqual({ ok: true, to: 'closed' });
  });

  it('refuses a transition from the wrong state and names the states', () => {
    const refusal = door.transition('locked', 'open', 'owner');
    expect(refusal).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    expect(refusal.ok || refusal.message).toContain('locked');
  });

  it('refuses an actor the rule does not name', () => {
    expect(door.transition('closed', 'lock', 'guest')).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });

  it('lists only the actions an actor may take from a state', () => {
    expect(door.allowedActions('closed', 'guest')).toEqual(['open']);
    expect(door.allowedActions('closed', 'owner').sort()).toEqual(['lock', 'open']);
    expect(door.allowedActions('locked', 'owner')).toEqual([]);
  });
});
