import { PROBLEMS, problemType, type ProblemCode } from '@careers/contracts';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

/** Node's names for the ways a client fails before its request reaches a route. */
const PROBLEM_OF_CLIENT_ERROR: Record<string, ProblemCode> = {
  ERR_HTTP_REQUEST_TIMEOUT: 'request_timeout',
  HPE_HEADER_OVERFLOW: 'header_fields_too_large',
};

/**
 * Answers a request Node refuses before any route sees it (too slow, headers too large, not HTTP) with the same problem
 * details as every other error, then closes the connection; Fastify's own answer would be plain JSON of another shape.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const code = PROBLEM_OF_CLIENT_ERROR[error.code ?? ''] ?? 'bad_request';
  const { status, title, description } = PROBLEMS[code];
  const body = JSON.stringify({ type: problemType(code), title, status, detail: description });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
