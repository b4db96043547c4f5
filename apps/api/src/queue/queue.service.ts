import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DATABASE_TARGET } from '../database/database-target.token.js';
import type { DatabaseTarget } from '../database/data-source.js';

// pg-boss creates a queue's partition table without a lock of its own: two replicas creating their
// queues at the same moment deadlock on the parent table ("deadlock detected" at start). Replicas
// take turns under this lock.
const QUEUE_CREATION_LOCK = 74_2028;

type Worker = { queue: string; handler: (data: unknown) => Promise<void>; retryLimit: number };
type Schedule = { queue: string; cron: string; handler: () => Promise<void> };

// Background work in PostgreSQL (pg-boss): every replica can enqueue, and a job is handed to one
// worker at a time, so replicas never double-send. Features register their workers and schedules
// while modules initialise; they start once the app has booted.
@Injectable()
export class QueueService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Queue');
  private readonly boss: PgBoss;
  private readonly workers: Worker[] = [];
  private readonly schedules: Schedule[] = [];
  private started = false;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_TARGET) private readonly target: DatabaseTarget,
  ) {
    this.boss = new PgBoss({
      connectionString: target.url,
      schema: target.schema ? `${target.schema}_queue` : 'pgboss',
      max: 4,
      // Schedules are evaluated by whichever replica runs workers; a replica without workers only sends.
      schedule: config.WORKERS === 'on',
      supervise: config.WORKERS === 'on',
      // How often expired jobs (a worker killed mid-job) are put back for a retry.
      maintenanceIntervalSeconds: 30,
    });
    this.boss.on('error', (error) => this.logger.error(error));
  }

  registerWorker<T>(queue: string, handler: (data: T) => Promise<void>, retryLimit = 5): void {
    this.workers.push({ queue, handler: handler as (data: unknown) => Promise<void>, retryLimit });
  }

  // Many jobs of one queue in one statement, inside the caller's transaction (as sendInTransaction).
  async sendManyInTransaction(
    manager: EntityManager,
    queue: string,
    data: object[],
    options: { expireInSeconds?: number } = {},
  ): Promise<void> {
    if (data.length === 0) return;
    const runner = manager.queryRunner;
    if (!runner) throw new Error('sendManyInTransaction needs a transaction manager');
    const retryLimit = this.workers.find((worker) => worker.queue === queue)?.retryLimit ?? 5;
    await this.boss.insert(
      data.map((each) => ({ name: queue, data: each, retryLimit, retryDelay: 5, retryBackoff: true, ...options })),
      { db: { executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records }) } },
    );
  }

  registerSchedule(queue: string, cron: string, handler: () => Promise<void>): void {
    this.schedules.push({ queue, cron, handler });
  }

  // Enqueue inside the caller's transaction: the job exists only if the change it follows commits.
  async sendInTransaction(manager: EntityManager, queue: string, data: object, options: PgBoss.SendOptions = {}): Promise<void> {
    const runner = manager.queryRunner;
    if (!runner) throw new Error('sendInTransaction needs a transaction manager');
    const retryLimit = this.workers.find((worker) => worker.queue === queue)?.retryLimit ?? 5;
    await this.boss.send(queue, data, {
      retryLimit,
      retryDelay: 5,
      retryBackoff: true,
      ...options,
      db: { executeSql: async (text, values) => ({ rows: (await runner.query(text, values, true)).records }) },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.startAndCreateQueues([...this.workers, ...this.schedules].map((job) => job.queue));
    if (this.config.WORKERS !== 'on') return;
    for (const worker of this.workers) {
      await this.boss.work(worker.queue, { pollingIntervalSeconds: this.config.QUEUE_POLL_SECONDS, batchSize: 1 }, async (jobs) => {
        for (const job of jobs) await worker.handler(job.data);
      });
    }
    for (const schedule of this.schedules) {
      await this.boss.schedule(schedule.queue, schedule.cron);
      await this.boss.work(schedule.queue, { pollingIntervalSeconds: this.config.QUEUE_POLL_SECONDS }, async () => schedule.handler());
    }
  }

  // pg-boss's start creates its own queues too (the cron's), so it runs under the lock as well.
  private async startAndCreateQueues(names: string[]): Promise<void> {
    const lock = new pg.Client({ connectionString: this.target.url });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [QUEUE_CREATION_LOCK]);
      await this.boss.start();
      this.started = true;
      const existing = new Set((await this.boss.getQueues()).map((queue) => queue.name));
      for (const name of names) if (!existing.has(name)) await this.boss.createQueue(name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [QUEUE_CREATION_LOCK]).catch(() => undefined);
      await lock.end();
    }
  }

  // For readiness: pg-boss is connected and has not been stopped.
  get running(): boolean {
    return this.started && !this.stopped;
  }

  // Jobs waiting (created or waiting to retry) per queue, for the metrics.
  async depths(): Promise<Record<string, number>> {
    const depths: Record<string, number> = {};
    for (const queue of new Set([...this.workers, ...this.schedules].map((each) => each.queue))) {
      depths[queue] = (await this.boss.getQueueSize(queue)) ?? 0;
    }
    return depths;
  }

  // On a stop: workers finish the job in hand (up to the timeout), then pg-boss closes its pool,
  // before the database goes away.
  async onApplicationShutdown(): Promise<void> {
    if (!this.started || this.stopped) return;
    this.stopped = true;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}
