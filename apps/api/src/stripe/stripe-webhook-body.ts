import { SponsorshipErrorCodes, STRIPE_WEBHOOK_MAX_BYTES } from '@summitdesk/contracts';
import express, { type NextFunction, type Request, type Response } from 'express';
import { errorBody } from '../common/error.filter.js';

export const STRIPE_WEBHOOK_PATH = '/api/stripe/webhook';

// The webhook's body is kept as the exact bytes Stripe signed, whatever its declared type: the
// signature is checked on them before anything is parsed. An oversized body is not Stripe's and is
// refused with 400 (Stripe treats any non-2xx as "try again", a 413 would mean nothing more).
export function stripeWebhookBody() {
  const raw = express.raw({ type: () => true, limit: STRIPE_WEBHOOK_MAX_BYTES });
  return (request: Request & { rawBody?: Buffer }, response: Response, next: NextFunction) => {
    raw(request, response, (error?: { type?: string }) => {
      if (error) {
        const tooLarge = error.type === 'entity.too.large';
        const message = tooLarge
          ? `A Stripe event is never larger than ${STRIPE_WEBHOOK_MAX_BYTES / 1024} kB`
          : 'The body could not be read';
        response
          .status(400)
          .json(errorBody(400, tooLarge ? SponsorshipErrorCodes.EVENT_TOO_LARGE : SponsorshipErrorCodes.BAD_EVENT, message));
        return;
      }
      request.rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      next();
    });
  };
}
