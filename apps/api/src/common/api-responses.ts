import { applyDecorators } from '@nestjs/common';
import { ApiProduces, ApiResponse } from '@nestjs/swagger';
import { ErrorBodySchema, RecordBodySchema, ResultBodySchema } from '@summitdesk/contracts';
import { createZodDto } from 'nestjs-zod';

// The responses a route documents in OpenAPI (/api/docs), from the contracts' response schemas.
class ErrorBodyDto extends createZodDto(ErrorBodySchema) {}
class RecordBodyDto extends createZodDto(RecordBodySchema) {}
class ResultBodyDto extends createZodDto(ResultBodySchema) {}

const REFUSALS: Array<[number, string]> = [
  [400, 'Malformed input: fields that break the contract, or a bad list query'],
  [401, 'Not signed in'],
  [403, 'Signed in, but not allowed'],
  [404, 'No such record, or one the caller may not see'],
  [409, 'The record moved on (a stale version) or its state does not allow the step'],
  [422, 'A rule of the domain refuses it (a bad amount, a missing referenced record)'],
  [429, 'Too many attempts'],
];

// On a controller: the error body every refusal of its routes carries.
export const ApiRefusals = () =>
  applyDecorators(...REFUSALS.map(([status, description]) => ApiResponse({ status, description, type: ErrorBodyDto })));

// One record, as the resource's type shows it.
export const ApiRecord = (status = 200) => ApiResponse({ status, description: 'The record', type: RecordBodyDto });

// A page of records (react-admin's simple REST: `Content-Range` says which and of how many).
export const ApiRecords = () =>
  ApiResponse({
    status: 200,
    description: 'A page of records',
    type: RecordBodyDto,
    isArray: true,
    headers: { 'Content-Range': { description: '<resource> <start>-<end>/<total>', schema: { type: 'string' } } },
  });

// A fact that is not a record: a summary, a dashboard, a sign-in's token.
export const ApiResult = (status = 200) => ApiResponse({ status, description: 'The result', type: ResultBodyDto });

// A list of facts, not paged (a warning list, a record's history).
export const ApiResults = () => ApiResponse({ status: 200, description: 'The results', type: ResultBodyDto, isArray: true });

// A file or a page, not JSON.
export const ApiFile = (mediaType: string) =>
  applyDecorators(
    ApiProduces(mediaType),
    ApiResponse({ status: 200, description: 'The file', content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } } }),
  );
