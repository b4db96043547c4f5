import { Inject, Injectable } from '@nestjs/common';
import { SponsorshipErrorCodes } from '@summitdesk/contracts';
import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import { AuditService } from '../audit-log/audit.service.js';
import { badRequest, notFound } from '../common/app-error.js';
import type { AuthUser } from '../common/auth-user.js';
import { saveVersioned } from '../common/record-lock.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { processLogo } from './logo-processing.js';
import { SponsorEntity } from './sponsor.entity.js';
import { SponsorsService } from './sponsors.service.js';
import { Transactions } from '../common/transactions.js';

export type UploadedFile = { path: string; size: number };
export type ServedFile = { stream: Readable; size?: number; contentType: string; filename: string };

@Injectable()
export class SponsorLogoService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly sponsors: SponsorsService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  // The upload sits in a temporary file (LogoUploadInterceptor removes it afterwards); it is checked
  // and re-encoded or sanitised before anything is stored.
  async upload(actor: AuthUser, id: number, file: UploadedFile | undefined) {
    if (!file)
      throw badRequest(SponsorshipErrorCodes.LOGO_MISSING, 'Attach the logo as the multipart field "file"', { file: 'is required' });
    await this.transactions.run((manager) => this.sponsors.lockEditable(manager, actor, id));
    const processed = await processLogo(file.path);
    const token = randomBytes(9)
      .toString('base64url')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '0');
    const logoKey = `sponsors/${id}/${token}.${processed.extension}`;
    await this.storage.put(logoKey, processed.logo, processed.type);
    let replaced: string | null = null;
    try {
      const shown = await this.transactions.run(async (manager) => {
        const sponsor = await this.sponsors.lockEditable(manager, actor, id);
        replaced = sponsor.logoKey;
        // The public sees only what an organizer checked: a contact's new logo needs a fresh check.
        const reverify = actor.role !== 'organizer' && sponsor.verifiedAt !== null;
        await saveVersioned(manager, SponsorEntity, sponsor, {
          logoKey,
          logoType: processed.type,
          ...(reverify ? { verifiedAt: null } : {}),
        });
        await this.audit.record(manager, actor, {
          entity: 'sponsor',
          entityId: id,
          action: 'upload_logo',
          changes: { logoType: { from: null, to: processed.type } },
          ...(reverify ? { fromState: 'verified', toState: 'unverified', note: 'New logo from a contact: needs verifying again' } : {}),
        });
        return this.sponsors.show(manager, actor, id);
      });
      if (replaced) await this.storage.remove(replaced).catch(() => undefined);
      return shown;
    } catch (error) {
      await this.storage.remove(logoKey).catch(() => undefined);
      throw error;
    }
  }

  // Public path: a verified sponsor's logo for anyone, an unverified one only with a valid signed link.
  async open(id: number, expires: unknown, signature: unknown): Promise<ServedFile> {
    const sponsor = await this.transactions.reader.getRepository(SponsorEntity).findOneBy({ id });
    if (!sponsor?.logoKey || !sponsor.logoType) throw notFound('Logo');
    if (!sponsor.verifiedAt && !this.sponsors.links.verify(id, 'logo', sponsor.logoKey, expires, signature)) throw notFound('Logo');
    const opened = await this.storage.open(sponsor.logoKey);
    if (!opened) throw notFound('Logo');
    return { ...opened, contentType: sponsor.logoType, filename: `sponsor-${id}-logo.${sponsor.logoKey.split('.').pop()}` };
  }
}
