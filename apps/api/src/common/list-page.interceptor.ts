import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map } from 'rxjs';
import { ListPage } from './list-query.js';

@Injectable()
export class ListPageInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    return next.handle().pipe(
      map((value: unknown) => {
        if (!(value instanceof ListPage)) return value;
        context.switchToHttp().getResponse<Response>().setHeader('Content-Range', value.contentRange);
        return value.rows;
      }),
    );
  }
}
