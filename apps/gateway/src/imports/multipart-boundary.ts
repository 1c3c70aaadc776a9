import { BadRequestException } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { MIMEType } from 'node:util';

/** The longest boundary RFC 2046 allows. */
const MAX_BOUNDARY_LENGTH = 70;

/** The boundary a multipart/form-data Content-Type names. */
export function multipartBoundary(contentType: string | undefined): string {
  let boundary: string | null = null;
  try {
    boundary = new MIMEType(contentType ?? '').params.get('boundary');
  } catch {
    // A Content-Type that does not parse names no boundary either.
  }
  if (!boundary || boundary.length > MAX_BOUNDARY_LENGTH) {
    throw new BadRequestException(
      'The Content-Type of the upload names no boundary: send multipart/form-data with a boundary of 1 to ' +
        `${MAX_BOUNDARY_LENGTH} characters.`,
    );
  }
  return boundary;
}

/**
 * Watches the body of a multipart request go by for its closing boundary: a body that ends before it was cut short,
 * even when the parser makes a whole file of what came. Start watching once the parser reads the body.
 */
export function watchClosingBoundary(body: IncomingMessage, boundary: string): () => boolean {
  // A body holding no part at all starts with the closing boundary, without the line break before it.
  const closing = Buffer.from(`\r\n--${boundary}--`);
  const kept = closing.length - 1;
  let tail: Buffer = Buffer.from('\r\n');
  let seen = false;
  const watch = (chunk: Buffer): void => {
    // The closing boundary may straddle chunks: what is kept of the last ones goes in front of this one's head.
    seen = Buffer.concat([tail, chunk.subarray(0, kept)]).includes(closing) || chunk.includes(closing);
    tail = chunk.length >= kept ? chunk.subarray(-kept) : Buffer.concat([tail, chunk]).subarray(-kept);
    if (seen) body.off('data', watch);
  };
  body.on('data', watch);
  return () => seen;
}

/** What a body cut short is answered. */
export function cutShort(boundary: string): BadRequestException {
  return new BadRequestException(
    `The upload ended before its closing boundary (--${boundary}--): it was cut short, or its parts are not ` +
      'separated by the boundary its Content-Type names. Nothing of it was kept.',
  );
}
