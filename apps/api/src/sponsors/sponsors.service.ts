import { Inject, Injectable } from '@nestjs/common';
import {
  CommonErrorCodes,
  sponsorMachine,
  SponsorshipErrorCodes,
  type CreateSponsor,
  type PublicSponsor,
  type SponsorAction,
  type SponsorStatus,
  type UpdateSponsor,
} from '@summitdesk/contracts';
import { In, QueryFailedError, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit-log/audit.service.js';
import { badRequest, conflict, forbidden, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { SignedFileLinks } from '../common/images/signed-file-links.js';
import { findPage, type ListSpec } from '../common/list-query.js';
import { changedFields, lockForUpdate, saveVersioned } from '../common/record-lock.js';
import { TransitionRunner, type Workflow } from '../common/transition-runner.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { SponsorContactEntity, SponsorEntity } from './sponsor.entity.js';
import { presentPublicSponsor, presentSponsor } from './sponsor.presenter.js';
import { Transactions } from '../common/transactions.js';

const listSpec: ListSpec = {
  resource: 'sponsors',
  sortable: { name: 'sponsor.name', id: 'sponsor.id', createdAt: 'sponsor.created_at' },
  filterable: {
    id: { column: 'sponsor.id', type: 'int' },
    verified: { column: '(sponsor.verified_at IS NOT NULL)', type: 'bool' },
  },
  search: 'sponsor.name',
  defaultSort: ['name', 'ASC'],
  idColumn: 'sponsor.id',
};

const PG_FOREIGN_KEY_VIOLATION = '23503';

const sponsorWorkflow: Workflow<SponsorEntity, SponsorStatus, SponsorAction, 'member' | 'organizer'> = {
  entity: SponsorEntity,
  label: 'Sponsor',
  auditEntity: 'sponsor',
  machine: sponsorMachine,
  stateOf: (sponsor) => (sponsor.verifiedAt ? 'verified' : 'unverified'),
  statePatch: (state) => ({ verifiedAt: state === 'verified' ? new Date() : null }),
};

// Sponsor profiles and their contacts. Other features call the exported helpers at the bottom
// (is this user a contact, the public face of some sponsors) instead of reading these tables.
@Injectable()
export class SponsorsService {
  readonly links: SignedFileLinks;

  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly transitions: TransitionRunner,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.links = new SignedFileLinks(config.jwtSecret, 'sponsor logo');
  }

  // Members see verified sponsors and the companies they are a contact of; organizers see all.
  async list(viewer: AuthUser, query: Record<string, unknown>) {
    const qb = this.transactions.reader.getRepository(SponsorEntity).createQueryBuilder('sponsor');
    this.scope(qb, viewer);
    // `contactId` (the Sponsor page's "my companies") is a membership test, not a column.
    const { contactId, rest } = takeFilter(query, 'contactId');
    if (contactId !== undefined) {
      if (!Number.isSafeInteger(Number(contactId)))
        throw badRequest(CommonErrorCodes.BAD_LIST_QUERY, 'filter.contactId must be a user id', { contactId: 'must be a whole number' });
      qb.andWhere(
        `EXISTS (SELECT 1 FROM sponsor_contact contact_filter
                 WHERE contact_filter.sponsor_id = sponsor.id AND contact_filter.user_id = :contactId)`,
        { contactId: Number(contactId) },
      );
    }
    const page = await findPage(qb, rest, listSpec);
    const contacts = await this.contactsOf(
      this.transactions.reader,
      page.rows.map((sponsor) => sponsor.id),
    );
    return Object.assign(page, {
      rows: page.rows.map((sponsor) => this.present(viewer, sponsor, contacts.get(sponsor.id) ?? [])),
    });
  }

  async findOne(viewer: AuthUser, id: number) {
    return this.show(this.transactions.reader, viewer, id);
  }

  create(actor: AuthUser, input: CreateSponsor) {
    return this.transactions.run(async (manager) => {
      // A member creates their own company's profile, so they are always one of its contacts.
      const contactIds = unique(actor.role === 'organizer' ? input.contactIds : [actor.id, ...input.contactIds]);
      const sponsor = await manager.save(
        SponsorEntity,
        manager.create(SponsorEntity, { name: input.name, website: input.website, createdBy: actor.id }),
      );
      await this.replaceContacts(manager, sponsor.id, contactIds);
      await this.audit.record(manager, actor, {
        entity: 'sponsor',
        entityId: sponsor.id,
        action: 'create',
        toState: 'unverified',
        changes: { name: { from: null, to: sponsor.name }, contactIds: { from: null, to: contactIds } },
      });
      return this.show(manager, actor, sponsor.id);
    });
  }

  update(actor: AuthUser, id: number, input: UpdateSponsor) {
    return this.transactions.run(async (manager) => {
      const sponsor = await lockForUpdate(manager, SponsorEntity, id, 'Sponsor', input.version);
      await this.checkCanEdit(manager, actor, sponsor);
      const before = await this.contactIdsOf(manager, id);
      const contactIds = unique(input.contactIds);
      if (actor.role !== 'organizer' && !contactIds.includes(actor.id)) {
        throw unprocessable(
          SponsorshipErrorCodes.NOT_A_CONTACT,
          'You cannot remove yourself from the contacts; ask another contact or an organizer',
          { contactIds: 'must include you' },
        );
      }
      const patch: Partial<SponsorEntity> = { name: input.name, website: input.website };
      const changes = changedFields(sponsor, patch);
      // What the public sees was checked by an organizer: a contact's change needs a fresh check.
      const reverify = actor.role !== 'organizer' && sponsor.verifiedAt !== null && Object.keys(changes).length > 0;
      if (reverify) patch.verifiedAt = null;
      await saveVersioned(manager, SponsorEntity, sponsor, patch);
      await this.replaceContacts(manager, id, contactIds);
      if (JSON.stringify([...before].sort()) !== JSON.stringify([...contactIds].sort()))
        changes.contactIds = { from: before, to: contactIds };
      await this.audit.record(manager, actor, {
        entity: 'sponsor',
        entityId: id,
        action: 'update',
        changes,
        ...(reverify ? { fromState: 'verified', toState: 'unverified', note: 'Changed by a contact: needs verifying again' } : {}),
      });
      return this.show(manager, actor, id);
    });
  }

  async verify(actor: AuthUser, id: number, version?: number) {
    return this.transactions.run(async (manager) => {
      await this.transitions.runIn(manager, sponsorWorkflow, { id, action: 'verify', actor, version }, async () => ({
        patch: { verifiedBy: actor.id },
      }));
      return this.show(manager, actor, id);
    });
  }

  remove(actor: AuthUser, id: number) {
    return this.transactions.run(async (manager) => {
      const sponsor = await lockForUpdate(manager, SponsorEntity, id, 'Sponsor');
      const shown = await this.show(manager, actor, id);
      try {
        await manager.delete(SponsorEntity, { id });
      } catch (error) {
        if (error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === PG_FOREIGN_KEY_VIOLATION) {
          throw conflict(SponsorshipErrorCodes.SPONSOR_IN_USE, `${sponsor.name} has sponsorships; it cannot be deleted`);
        }
        throw error;
      }
      await this.audit.record(manager, actor, { entity: 'sponsor', entityId: id, action: 'delete' });
      return shown;
    });
  }

  // ---- for the logo service and other features ----

  async show(manager: EntityManager, viewer: AuthUser, id: number) {
    const qb = manager.getRepository(SponsorEntity).createQueryBuilder('sponsor').where('sponsor.id = :id', { id });
    this.scope(qb, viewer);
    const sponsor = await qb.getOne();
    if (!sponsor) throw notFound('Sponsor');
    return this.present(viewer, sponsor, await this.contactIdsOf(manager, id));
  }

  // Locks the sponsor for a change by its contacts or an organizer (a logo upload).
  async lockEditable(manager: EntityManager, actor: AuthUser, id: number): Promise<SponsorEntity> {
    const sponsor = await lockForUpdate(manager, SponsorEntity, id, 'Sponsor');
    await this.checkCanEdit(manager, actor, sponsor);
    return sponsor;
  }

  async isContact(manager: EntityManager, sponsorId: number, userId: number): Promise<boolean> {
    return manager.existsBy(SponsorContactEntity, { sponsorId, userId });
  }

  async contactIdsOf(manager: EntityManager, sponsorId: number): Promise<number[]> {
    return (await this.contactsOf(manager, [sponsorId])).get(sponsorId) ?? [];
  }

  async sponsorIdsOfContact(manager: EntityManager, userId: number): Promise<number[]> {
    return (await manager.findBy(SponsorContactEntity, { userId })).map((contact) => contact.sponsorId);
  }

  // For a purchase: the sponsor, or 404 when the buyer may not see it.
  async findForPurchase(
    manager: EntityManager,
    viewer: AuthUser,
    id: number,
  ): Promise<{ id: number; name: string; verified: boolean; contactIds: number[] }> {
    const sponsor = await manager.findOneBy(SponsorEntity, { id });
    const contactIds = sponsor ? await this.contactIdsOf(manager, id) : [];
    if (!sponsor || (viewer.role !== 'organizer' && !contactIds.includes(viewer.id) && !sponsor.verifiedAt)) throw notFound('Sponsor');
    return { id, name: sponsor.name, verified: sponsor.verifiedAt !== null, contactIds };
  }

  async publicSponsors(manager: EntityManager, ids: number[]): Promise<Map<number, PublicSponsor>> {
    if (ids.length === 0) return new Map();
    const sponsors = await manager.findBy(SponsorEntity, { id: In(unique(ids)) });
    return new Map(sponsors.map((sponsor) => [sponsor.id, presentPublicSponsor(this.links, sponsor)]));
  }

  async names(manager: EntityManager, ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const sponsors = await manager.findBy(SponsorEntity, { id: In(unique(ids)) });
    return new Map(sponsors.map((sponsor) => [sponsor.id, sponsor.name]));
  }

  present(viewer: AuthUser, sponsor: SponsorEntity, contactIds: number[]) {
    return presentSponsor(this.links, sponsor, contactIds, viewer.role === 'organizer' || contactIds.includes(viewer.id));
  }

  private scope(qb: SelectQueryBuilder<SponsorEntity>, viewer: AuthUser) {
    if (viewer.role === 'organizer') return;
    qb.andWhere(
      `(sponsor.verified_at IS NOT NULL OR EXISTS (
         SELECT 1 FROM sponsor_contact scope_contact WHERE scope_contact.sponsor_id = sponsor.id AND scope_contact.user_id = :viewerId))`,
      { viewerId: viewer.id },
    );
  }

  private async checkCanEdit(manager: EntityManager, actor: AuthUser, sponsor: SponsorEntity) {
    if (actor.role === 'organizer') return;
    if (await this.isContact(manager, sponsor.id, actor.id)) return;
    if (sponsor.verifiedAt) throw forbidden("Only the company's contacts and organizers may change this sponsor");
    throw notFound('Sponsor');
  }

  private async contactsOf(manager: EntityManager, sponsorIds: number[]): Promise<Map<number, number[]>> {
    const map = new Map<number, number[]>();
    if (sponsorIds.length === 0) return map;
    const rows = await manager.find(SponsorContactEntity, { where: { sponsorId: In(sponsorIds) }, order: { userId: 'ASC' } });
    for (const row of rows) map.set(row.sponsorId, [...(map.get(row.sponsorId) ?? []), row.userId]);
    return map;
  }

  private async replaceContacts(manager: EntityManager, sponsorId: number, userIds: number[]) {
    await manager.delete(SponsorContactEntity, { sponsorId });
    if (userIds.length === 0) return;
    try {
      await manager.insert(
        SponsorContactEntity,
        userIds.map((userId) => ({ sponsorId, userId })),
      );
    } catch (error) {
      if (error instanceof QueryFailedError && (error as QueryFailedError & { code?: string }).code === PG_FOREIGN_KEY_VIOLATION) {
        throw unprocessable(SponsorshipErrorCodes.UNKNOWN_CONTACT, 'A contact is not a user of this portal', {
          contactIds: 'lists someone who is not a user',
        });
      }
      throw error;
    }
  }
}

const unique = (ids: number[]) => [...new Set(ids)];

function takeFilter(query: Record<string, unknown>, key: string): { contactId: unknown; rest: Record<string, unknown> } {
  if (typeof query.filter !== 'string') return { contactId: undefined, rest: query };
  let filter: unknown;
  try {
    filter = JSON.parse(query.filter);
  } catch {
    return { contactId: undefined, rest: query };
  }
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter) || !(key in filter))
    return { contactId: undefined, rest: query };
  const { [key]: value, ...others } = filter as Record<string, unknown>;
  return { contactId: value, rest: { ...query, filter: JSON.stringify(others) } };
}
