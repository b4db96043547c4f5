import { describe, expect, it } from 'vitest';
import { Roles } from '../users/user.schema.js';
import { ShipmentActions, ShipmentStatuses, shipmentMachine } from './shipment.machine.js';

// Every allowed move, written out by hand from DESIGN §2; everything else must be refused.
const allowed: Record<string, string> = {
  'requested:pack': 'packed',
  'packed:ship': 'shipped',
  'shipped:deliver': 'delivered',
  'shipped:lose': 'lost',
  'requested:cancel': 'cancelled',
  'packed:cancel': 'cancelled',
};

describe('shipmentMachine', () => {
  for (const status of ShipmentStatuses) {
    for (const action of ShipmentActions) {
      const to = allowed[`${status}:${action}`];
      it(to ? `${action} from ${status} → ${to}, by organizers only` : `refuses to ${action} a ${status} shipment`, () => {
        for (const role of Roles) {
          const result = shipmentMachine.transition(status, action, role);
          if (!to) expect(result, role).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
          else if (role === 'organizer') expect(result).toEqual({ ok: true, to });
          else expect(result, role).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
        }
      });
    }
  }

  it('names the current state when refusing', () => {
    const refusal = shipmentMachine.transition('delivered', 'cancel', 'organizer');
    expect(!refusal.ok && refusal.message).toMatch(/delivered.*cannot cancel/);
  });

  it('offers the buttons an organizer may press in each state', () => {
    expect(shipmentMachine.allowedActions('requested', 'organizer')).toEqual(['pack', 'cancel']);
    expect(shipmentMachine.allowedActions('packed', 'organizer')).toEqual(['ship', 'cancel']);
    expect(shipmentMachine.allowedActions('shipped', 'organizer')).toEqual(['deliver', 'lose']);
    expect(shipmentMachine.allowedActions('delivered', 'organizer')).toEqual([]);
    expect(shipmentMachine.allowedActions('requested', 'member')).toEqual([]);
  });
});
