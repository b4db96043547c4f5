import { Injectable } from '@nestjs/common';
import { BoothProposalErrorCodes, CommonErrorCodes } from '@summitdesk/contracts';
import { AuditService } from '../audit-log/audit.service.js';
import { conflict, forbidden, notFound, unprocessable } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { PHOTO_TYPES, UploadsService, type UploadedFile } from '../uploads/uploads.service.js';
import { isVisibleTo, lockVisibleProposal } from './booth-proposal-access.js';
import { BoothProposalPhotoEntity } from './booth-proposal-photo.entity.js';
import { BoothProposalEntity } from './booth-proposal.entity.js';
import { Transactions } from '../common/transactions.js';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
const MAX_PHOTOS = 12;
// Photos are taken at the booth and added until the report is filed.
const PHOTO_STATES = ['approved', 'funded', 'shipped', 'held'];

@Injectable()
export class BoothProposalPhotosService {
  constructor(
    private readonly transactions: Transactions,
    private readonly uploads: UploadsService,
    private readonly audit: AuditService,
  ) {}

  async add(actor: AuthUser, id: number, file: UploadedFile | undefined) {
    this.checkMayEdit(actor, await this.transactions.reader.findOneBy(BoothProposalEntity, { id }));
    // The file is checked and written first; if the transaction then refuses, it is removed again.
    const stored = await this.uploads.store(file, `booth-photos/${id}`, { maxBytes: MAX_PHOTO_BYTES, types: PHOTO_TYPES, reencode: true });
    try {
      return await this.transactions.run(async (manager) => {
        const proposal = await lockVisibleProposal(manager, id, actor);
        this.checkMayEdit(actor, proposal);
        if ((await manager.countBy(BoothProposalPhotoEntity, { boothProposalId: id })) >= MAX_PHOTOS) {
          throw unprocessable(BoothProposalErrorCodes.TOO_MANY_PHOTOS, `A report keeps at most ${MAX_PHOTOS} photos`, {
            file: `at most ${MAX_PHOTOS} photos`,
          });
        }
        const photo = await manager.save(
          BoothProposalPhotoEntity,
          manager.create(BoothProposalPhotoEntity, {
            boothProposalId: id,
            storageKey: stored.key,
            mediaType: stored.mediaType,
            sizeBytes: stored.size,
            uploadedBy: actor.id,
          }),
        );
        await this.audit.record(manager, actor, {
          entity: 'booth_proposal',
          entityId: id,
          action: 'add_photo',
          note: `${stored.mediaType}, ${stored.size} bytes`,
        });
        return {
          id: photo.id,
          url: `/api/booth-proposals/${id}/photos/${photo.id}`,
          mediaType: photo.mediaType,
          size: photo.sizeBytes,
          createdAt: photo.createdAt.toISOString(),
        };
      });
    } catch (error) {
      await this.uploads.discard(stored.key);
      throw error;
    }
  }

  async read(viewer: AuthUser, id: number, photoId: number) {
    const proposal = await this.transactions.reader.findOneBy(BoothProposalEntity, { id });
    const photo = await this.transactions.reader.findOneBy(BoothProposalPhotoEntity, { id: photoId, boothProposalId: id });
    if (!proposal || !photo || !isVisibleTo(proposal, viewer)) throw notFound('Photo');
    return { ...(await this.uploads.open(photo.storageKey)), mediaType: photo.mediaType };
  }

  async remove(actor: AuthUser, id: number, photoId: number) {
    const removed = await this.transactions.run(async (manager) => {
      const proposal = await lockVisibleProposal(manager, id, actor);
      this.checkMayEdit(actor, proposal);
      const photo = await manager.findOneBy(BoothProposalPhotoEntity, { id: photoId, boothProposalId: id });
      if (!photo) throw notFound('Photo');
      await manager.delete(BoothProposalPhotoEntity, { id: photoId });
      await this.audit.record(manager, actor, { entity: 'booth_proposal', entityId: id, action: 'remove_photo' });
      return photo;
    });
    await this.uploads.discard(removed.storageKey);
    return { id: removed.id };
  }

  private checkMayEdit(actor: AuthUser, proposal: BoothProposalEntity | null) {
    if (!proposal || !isVisibleTo(proposal, actor)) throw notFound('Booth proposal');
    if (proposal.proposerId !== actor.id && actor.role !== 'organizer')
      throw forbidden('Only the proposer or an organizer may change the report photos');
    if (!PHOTO_STATES.includes(proposal.status)) {
      throw conflict(
        CommonErrorCodes.ILLEGAL_TRANSITION,
        `Photos are added between approval and the report; this proposal is ${proposal.status}`,
        { status: `is ${proposal.status}` },
      );
    }
  }
}
