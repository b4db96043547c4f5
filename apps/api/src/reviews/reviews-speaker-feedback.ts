import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SpeakerFeedback } from '../submissions/speaker-feedback.js';
import { ReviewEntity } from './review.entity.js';

// The reviews' answer for submissions (feedback shown to speakers once decided); AppModule provides
// it as SpeakerFeedback.
@Injectable()
export class ReviewsSpeakerFeedback extends SpeakerFeedback {
  async of(manager: EntityManager, submissionId: number): Promise<string[]> {
    const reviews = await manager
      .getRepository(ReviewEntity)
      .createQueryBuilder('review')
      .where('review.submission_id = :submissionId', { submissionId })
      .andWhere(`review.status = 'submitted'`)
      .orderBy('review.id')
      .getMany();
    return reviews.map((review) => review.commentToSpeakers?.trim() ?? '').filter(Boolean);
  }
}
