import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { NotificationsService } from '../notifications/notifications.service.js';
import { QueueService } from '../queue/queue.service.js';
import { StripeEventsService } from '../stripe/stripe-events.service.js';

// Prometheus metrics of one app: a registry of its own (tests run several apps in one process).
// Request durations are observed as requests finish; the rest is read from PostgreSQL at each scrape.
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly requestDuration: Histogram<'method' | 'route' | 'status'>;

  constructor(queue: QueueService, notifications: NotificationsService, stripeEvents: StripeEventsService) {
    collectDefaultMetrics({ register: this.registry, prefix: 'summitdesk_' });
    this.requestDuration = new Histogram({
      name: 'summitdesk_http_request_duration_seconds',
      help: 'HTTP request durations by method, route template and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    new Gauge({
      name: 'summitdesk_queue_depth',
      help: 'Jobs waiting in each background queue (created or waiting to retry)',
      labelNames: ['queue'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const [name, depth] of Object.entries(await queue.depths())) this.set({ queue: name }, depth);
      },
    });
    const mailGauge = (name: string, help: string, field: 'messages' | 'retries') =>
      new Gauge({
        name,
        help,
        labelNames: ['status'],
        registers: [this.registry],
        async collect() {
          this.reset();
          for (const status of ['pending', 'sending', 'sent', 'failed']) this.set({ status }, 0);
          for (const row of await notifications.mailCounts()) this.set({ status: row.status }, row[field]);
        },
      });
    mailGauge(
      'summitdesk_mail_messages',
      'Mails in the outbox by status (pending, sending, sent, failed: given up after every retry)',
      'messages',
    );
    mailGauge('summitdesk_mail_retries', 'Delivery attempts beyond the first, summed over the outbox, by status', 'retries');
    new Gauge({
      name: 'summitdesk_webhook_lag_seconds',
      help: 'Seconds from Stripe creating an event to its being applied: the latest event, and the worst of the last hour',
      labelNames: ['which'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const lag = await stripeEvents.webhookLag();
        if (lag.latestSeconds !== null) this.set({ which: 'latest' }, lag.latestSeconds);
        if (lag.worstLastHourSeconds !== null) this.set({ which: 'worst_last_hour' }, lag.worstLastHourSeconds);
      },
    });
  }

  // Express middleware: one observation per finished request, labelled with the route template
  // (`/api/events/:id`), never the raw path, so ids do not multiply the series.
  observeRequests() {
    return (request: Request, response: Response, next: NextFunction) => {
      const end = this.requestDuration.startTimer();
      response.once('finish', () => {
        const template = (request.route as { path?: unknown } | undefined)?.path;
        const route = typeof template === 'string' ? `${request.baseUrl}${template}` : 'unmatched';
        end({ method: request.method, route, status: String(response.statusCode) });
      });
      next();
    };
  }
}
