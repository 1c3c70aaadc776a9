import type { SchemaObject } from '@nestjs/swagger';
import { PROBLEM_TYPES } from '@careers/contracts';
import { PROBLEM_CONTENT_TYPE } from '../http/problem';

/** The component name every error response refers to. */
export const PROBLEM_DETAILS = 'ProblemDetails';

/** The problem `type` a client switches on. */
const PROBLEM_TYPE: SchemaObject = {
  type: 'string',
  enum: PROBLEM_TYPES,
  description:
    'What went wrong, as a URN `urn:careers:problem:<code>`, one of the registry in libs/contracts (listed with ' +
    'statuses and meanings in docs/problems.md). ' +
    'Stable: switch on it, not on `title` or `detail`. Later versions may add types: treat one you do not know by ' +
    'its `status`.',
  example: 'urn:careers:problem:validation-failed',
};

/** An RFC 9457 problem details body (http/problem.ts), as every error of the API is answered. */
export const PROBLEM_DETAILS_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: PROBLEM_TYPE,
    title: { type: 'string', description: "The problem type's title.", example: 'Invalid request' },
    status: { type: 'integer', description: 'The HTTP status.', example: 400 },
    detail: {
      type: 'string',
      description: 'What happened, for people.',
      example: 'email must be an email',
    },
    instance: { type: 'string', description: 'The path of the request.', example: '/v1/auth/login' },
    errors: {
      type: 'array',
      description: 'Bad input: each field that is wrong and why.',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string', description: 'The field, dotted for nested ones.', example: 'email' },
          message: { type: 'string', example: 'email must be an email' },
        },
      },
    },
    errorId: {
      type: 'string',
      format: 'uuid',
      description: 'An unexpected error (500): quote it when reporting the error; the log has it.',
    },
  },
};

/** The content of an error response. */
export const PROBLEM_CONTENT = {
  [PROBLEM_CONTENT_TYPE]: { schema: { $ref: `#/components/schemas/${PROBLEM_DETAILS}` } },
};
