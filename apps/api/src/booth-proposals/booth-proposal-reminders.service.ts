import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { dayIn, REPORT_DUE_DAYS, STALLED_REMINDER_DAYS, WaitingBoothProposalStatuses } from '@summitdesk/contracts';
import { NotificationsService, type OutgoingMessage } from '../notifications/notifications.service.js';
import { QueueService } from '../queue/queue.service.js';
import { BoothProposalMailer } from './booth-proposal-mailer.js';
import { Transactions } from '../common/transactions.js';
import { BoothProposalsRepository, type ReminderCandidate } from './booth-proposals.repository.js';

const DAY = 86_400_000;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

// Reminds whoever a proposal waits on: the organizers (or its reviewer) when it sits submitted or in
// review for `afterDays`, the proposer when the report is missing 14 days after the event. Each
// reminder has a dedupe key counting the periods waited, so calling this every hour (as the
// schedule below does) sends one mail per period: at N days, again at 2N — never daily.
@Injectable()
export class BoothProposalRemindersService implements OnModuleInit {
  private readonly logger = new Logger('BoothProposalReminders');

  constructor(
    private readonly transactions: Transactions,
    private readonly repository: BoothProposalsRepository,
    private readonly notifications: NotificationsService,
    private readonly mailer: BoothProposalMailer,
    private readonly queue: QueueService,
  ) {}

  // Hourly on whichever replica runs workers; pg-boss hands each run to one replica only.
  onModuleInit() {
    this.queue.registerSchedule('booth-proposal-reminders', '17 * * * *', async () => {
      const queued = await this.sendStalledReminders(new Date());
      if (queued > 0) this.logger.log(`queued ${queued} stalled-proposal reminders`);
    });
  }

  // Answers how many new reminders were queued.
  async sendStalledReminders(now: Date, afterDays = STALLED_REMINDER_DAYS): Promise<number> {
    return this.transactions.run(async (manager) => {
      const candidates = await this.repository.reminderCandidates(manager, now, afterDays, REPORT_DUE_DAYS);
      let queued = 0;
      for (const proposal of candidates) {
        const reminder = this.reminderFor(proposal, now, afterDays);
        if (!reminder) continue;
        const recipients = reminder.toProposer
          ? [proposal.proposer_id]
          : await this.mailer.organizerIds(manager, { reviewerId: proposal.reviewer_id });
        for (const toUserId of recipients) {
          // The version pins the state the reminder is about: a proposal that moved on and came back starts afresh.
          const dedupeKey = `proposal:${proposal.id}:stalled:${reminder.period}:v${proposal.version}:user:${toUserId}`;
          if (await this.notifications.wasQueued(manager, dedupeKey)) continue;
          await this.notifications.queue(manager, {
            toUserId,
            ...reminder.mail,
            dedupeKey,
            link: { resource: 'booth-proposals', id: proposal.id },
          });
          queued += 1;
        }
      }
      return queued;
    });
  }

  private reminderFor(proposal: ReminderCandidate, now: Date, afterDays: number) {
    if ((WaitingBoothProposalStatuses as readonly string[]).includes(proposal.status)) {
      const waited = Math.floor((now.getTime() - new Date(proposal.status_changed_at).getTime()) / DAY);
      const period = Math.floor(waited / afterDays);
      if (period < 1) return null;
      const mail: OutgoingMessage = {
        kind: 'booth_proposal_reminder',
        params: {
          eventName: proposal.event_name,
          waitingFor: proposal.status === 'submitted' ? 'start' : 'decision',
          days: waited,
          proposalId: proposal.id,
        },
      };
      return { period, toProposer: false, mail };
    }
    if (!proposal.end_date || !proposal.time_zone) return null;
    const sinceEnd = daysBetween(proposal.end_date, dayIn(now, proposal.time_zone));
    if (sinceEnd < REPORT_DUE_DAYS) return null;
    return {
      period: 1 + Math.floor((sinceEnd - REPORT_DUE_DAYS) / afterDays),
      toProposer: true,
      mail: {
        kind: 'booth_report_reminder',
        params: { eventName: proposal.event_name, daysSinceEnd: sinceEnd, held: proposal.status === 'held', proposalId: proposal.id },
      } satisfies OutgoingMessage as OutgoingMessage,
    };
  }
}
