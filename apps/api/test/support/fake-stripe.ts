import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import Stripe from 'stripe';

type Session = {
  id: string;
  object: 'checkout.session';
  status: 'open' | 'complete' | 'expired';
  payment_status: 'unpaid' | 'paid';
  payment_intent: string | null;
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  success_url: string;
  cancel_url: string;
  url: string | null;
  created: number;
  expires_at: number;
};
type Refund = {
  id: string;
  object: 'refund';
  amount: number;
  currency: string;
  payment_intent: string;
  charge: string;
  status: 'succeeded';
  created: number;
  metadata: Record<string, string>;
};

export type FakeStripeRequest = { method: string; path: string; params: Record<string, string>; idempotencyKey: string | null };

// Plays the few Stripe endpoints the API uses (checkout sessions create/list/retrieve/expire, refunds
// create/list) for the real `stripe` SDK, which the API points here through STRIPE_API_BASE. It also
// makes the events Stripe would send, for the tests to sign and deliver.
export class FakeStripe {
  readonly sessions = new Map<string, Session>();
  readonly refunds: Refund[] = [];
  readonly requests: FakeStripeRequest[] = [];
  // Runs while a checkout is being created, before Stripe answers (a webhook that overtakes the API).
  beforeSessionCreated: ((session: Session) => Promise<void>) | null = null;
  private readonly idempotent = new Map<string, unknown>();
  private server: Server | null = null;
  private counter = 0;
  private clock = Math.floor(Date.now() / 1000);

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  stop() {
    return new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  // The buyer pays on Stripe's page: the session completes and a payment intent exists.
  pay(sessionId: string): Session {
    const session = this.sessions.get(sessionId)!;
    session.status = 'complete';
    session.payment_status = 'paid';
    session.payment_intent = `pi_test_${this.next()}`;
    session.url = null;
    return session;
  }

  expire(sessionId: string): Session {
    const session = this.sessions.get(sessionId)!;
    session.status = 'expired';
    session.url = null;
    return session;
  }

  // A refund made in Stripe's dashboard (not through the API).
  refundInDashboard(paymentIntentId: string, amount: number): Refund {
    return this.addRefund(paymentIntentId, amount, {});
  }

  charge(paymentIntentId: string) {
    const session = [...this.sessions.values()].find((candidate) => candidate.payment_intent === paymentIntentId)!;
    const refunded = this.refunds
      .filter((refund) => refund.payment_intent === paymentIntentId)
      .reduce((sum, refund) => sum + refund.amount, 0);
    return {
      id: `ch_${paymentIntentId.slice(3)}`,
      object: 'charge',
      amount: session.amount_total,
      amount_refunded: refunded,
      refunded: refunded >= session.amount_total,
      currency: session.currency,
      payment_intent: paymentIntentId,
    };
  }

  event(type: string, object: object, created = Math.floor(Date.now() / 1000)) {
    return {
      id: `evt_test_${this.next()}`,
      object: 'event',
      api_version: '2026-10-28.endive',
      created,
      livemode: false,
      pending_webhooks: 1,
      type,
      data: { object: structuredClone(object) },
    };
  }

  private next() {
    this.counter += 1;
    return `${this.counter}${Math.random().toString(36).slice(2, 8)}`;
  }

  private addRefund(paymentIntentId: string, amount: number, metadata: Record<string, string>): Refund {
    const session = [...this.sessions.values()].find((candidate) => candidate.payment_intent === paymentIntentId)!;
    const refund: Refund = {
      id: `re_test_${this.next()}`,
      object: 'refund',
      amount,
      currency: session.currency,
      payment_intent: paymentIntentId,
      charge: `ch_${paymentIntentId.slice(3)}`,
      status: 'succeeded',
      created: ++this.clock,
      metadata,
    };
    this.refunds.push(refund);
    return refund;
  }

  private async handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://fake');
    let body = '';
    for await (const chunk of request) body += chunk;
    const params = Object.fromEntries(new URLSearchParams(request.method === 'GET' ? url.search : body));
    const idempotencyKey = (request.headers['idempotency-key'] as string | undefined) ?? null;
    this.requests.push({ method: request.method!, path: url.pathname, params, idempotencyKey });
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json', 'Request-Id': `req_${this.next()}` });
      response.end(JSON.stringify(payload));
    };
    const replay = idempotencyKey && this.idempotent.get(`${request.method} ${url.pathname} ${idempotencyKey}`);
    if (replay) return send(200, replay);
    const remember = (payload: unknown) => {
      if (idempotencyKey) this.idempotent.set(`${request.method} ${url.pathname} ${idempotencyKey}`, payload);
      send(200, payload);
    };
    const parts = url.pathname.split('/').filter(Boolean);
    try {
      if (request.method === 'POST' && url.pathname === '/v1/checkout/sessions') {
        const id = `cs_test_${this.next()}`;
        const created = ++this.clock;
        const session: Session = {
          id,
          object: 'checkout.session',
          status: 'open',
          payment_status: 'unpaid',
          payment_intent: null,
          amount_total: Number(params['line_items[0][price_data][unit_amount]']),
          currency: params['line_items[0][price_data][currency]'],
          client_reference_id: params.client_reference_id ?? null,
          metadata: pick(params, 'metadata'),
          success_url: params.success_url,
          cancel_url: params.cancel_url,
          url: `https://checkout.stripe.test/c/pay/${id}`,
          created,
          expires_at: Number(params.expires_at ?? created + 86_400),
        };
        this.sessions.set(id, session);
        if (this.beforeSessionCreated) await this.beforeSessionCreated(session);
        return remember(session);
      }
      if (request.method === 'GET' && url.pathname === '/v1/checkout/sessions') {
        const listed = [...this.sessions.values()].filter(
          (session) => (!params.payment_intent || session.payment_intent === params.payment_intent) && inPeriod(session.created, params),
        );
        return send(200, { object: 'list', url: '/v1/checkout/sessions', has_more: false, data: listed.reverse() });
      }
      if (parts[0] === 'v1' && parts[1] === 'checkout' && parts[2] === 'sessions' && parts[3]) {
        const session = this.sessions.get(parts[3]);
        if (!session) return send(404, { error: { type: 'invalid_request_error', message: `No such checkout.session: '${parts[3]}'` } });
        if (request.method === 'GET') return send(200, session);
        if (parts[4] === 'expire') {
          if (session.status !== 'open')
            return send(400, { error: { type: 'invalid_request_error', message: 'Only open sessions can be expired' } });
          return remember(this.expire(session.id));
        }
      }
      if (request.method === 'POST' && url.pathname === '/v1/refunds') {
        const paymentIntentId = params.payment_intent;
        const charge = this.charge(paymentIntentId);
        const amount = Number(params.amount ?? charge.amount - charge.amount_refunded);
        if (amount > charge.amount - charge.amount_refunded) {
          return send(400, {
            error: { type: 'invalid_request_error', message: 'Refund amount is greater than unrefunded amount on charge' },
          });
        }
        return remember(this.addRefund(paymentIntentId, amount, pick(params, 'metadata')));
      }
      if (request.method === 'GET' && url.pathname === '/v1/refunds') {
        const listed = this.refunds.filter(
          (refund) => (!params.payment_intent || refund.payment_intent === params.payment_intent) && inPeriod(refund.created, params),
        );
        return send(200, { object: 'list', url: '/v1/refunds', has_more: false, data: [...listed].reverse() });
      }
      send(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${request.method}: ${url.pathname})` } });
    } catch (error) {
      send(500, { error: { type: 'api_error', message: String(error) } });
    }
  }
}

function pick(params: Record<string, string>, prefix: string): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const match = new RegExp(`^${prefix}\\[([^\\]]+)\\]$`).exec(key);
    if (match) picked[match[1]] = value;
  }
  return picked;
}

function inPeriod(created: number, params: Record<string, string>) {
  const gte = params['created[gte]'];
  const lt = params['created[lt]'];
  return (!gte || created >= Number(gte)) && (!lt || created < Number(lt));
}

// Signs a payload as Stripe does (Stripe-Signature: t=…,v1=HMAC) with the SDK's own helper.
export function signed(payload: string, secret: string, timestamp?: number) {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp ? { timestamp } : {}) });
}
