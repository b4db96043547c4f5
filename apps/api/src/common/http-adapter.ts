import { ExpressAdapter } from '@nestjs/platform-express';
import type { Response } from 'express';
import { ListPage } from './list-query.js';

// A list page answers as its rows, with the Content-Range header react-admin reads its total from.
// Done where Nest writes the answer, not in a global interceptor: an interceptor puts every request
// of the API through an rxjs pipeline, a few per cent of a short request's time (bench/README.md).
export class SummitdeskHttpAdapter extends ExpressAdapter {
  override reply(response: Response, body: unknown, statusCode?: number) {
    if (!(body instanceof ListPage)) return super.reply(response, body, statusCode);
    response.setHeader('Content-Range', body.contentRange);
    return super.reply(response, body.rows, statusCode);
  }
}
