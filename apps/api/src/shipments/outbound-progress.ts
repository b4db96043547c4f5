import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BoothOutboundProgress, type OutboundProgress } from '../booth-proposals/booth-outbound-progress.js';
import { outboundProgressOf } from './shipments.repository.js';

// How far a booth's outbound parcels have got: the shipments' answer for the booth workflow, which
// moves a booth to `shipped` from it without reading this feature's table itself. AppModule provides
// it as BoothOutboundProgress.
@Injectable()
export class ShipmentsOutboundProgress extends BoothOutboundProgress {
  of(manager: EntityManager, boothProposalId: number): Promise<OutboundProgress> {
    return outboundProgressOf(manager, boothProposalId);
  }
}
