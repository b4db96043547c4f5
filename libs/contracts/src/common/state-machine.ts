// A state machine is a table of allowed moves; `transition` is the one pure function that reads it.
// Services ask it before every state change, the admin asks it to decide which buttons to show.

export type Refusal = { ok: false; code: 'ILLEGAL_TRANSITION' | 'NOT_ALLOWED'; message: string };
export type Move<S extends string> = { ok: true; to: S };

export type TransitionRule<S extends string, R extends string> = {
  from: readonly S[];
  to: S;
  // Roles that may take this action; ownership checks that need records live in services.
  by: readonly R[];
};

export type MachineTable<S extends string, A extends string, R extends string> = Record<A, TransitionRule<S, R>>;

export function defineMachine<S extends string, A extends string, R extends string>(name: string, table: MachineTable<S, A, R>) {
  const actions = Object.keys(table) as A[];

  function transition(state: S, action: A, actor: R): Move<S> | Refusal {
    const rule = table[action];
    if (!rule) return { ok: false, code: 'ILLEGAL_TRANSITION', message: `Unknown ${name} action "${action}"` };
    if (!rule.from.includes(state)) {
      return {
        ok: false,
        code: 'ILLEGAL_TRANSITION',
        message: `A ${name} that is ${state} cannot ${action.replace(/_/g, ' ')} (it would need to be ${rule.from.join(' or ')})`,
      };
    }
    if (!rule.by.includes(actor)) {
      return { ok: false, code: 'NOT_ALLOWED', message: `Only ${rule.by.join(' or ')} may ${action.replace(/_/g, ' ')} a ${name}` };
    }
    return { ok: true, to: rule.to };
  }

  // Actions an actor may take from a state: what the admin shows as buttons.
  function allowedActions(state: S, actor: R): A[] {
    return actions.filter((action) => transition(state, action, actor).ok);
  }

  return { name, table, actions, transition, allowedActions };
}
