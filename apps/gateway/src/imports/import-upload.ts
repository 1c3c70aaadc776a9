import { BadRequestException, HttpException, Injectable } from '@nestjs/common';
import type { UploadedFile } from '@careers/contracts';
import type { FastifyRequest } from 'fastify';
import { httpValidationPipe } from '../http/validation.pipe';
import { GatewayConfig } from '../gateway.config';
import { ImportFileStore } from './import-file-store';
import { cutShort, multipartBoundary, watchClosingBoundary } from './multipart-boundary';

export interface ImportUpload {
  fields: Record<string, string>;
  file: UploadedFile;
}

/** Reads a multipart upload: its form fields, and its one file streamed to the file store. */
@Injectable()
export class ImportUploadReader {
  constructor(
    private readonly store: ImportFileStore,
    private readonly config: GatewayConfig,
  ) {}

  async read(request: FastifyRequest): Promise<ImportUpload> {
    if (!request.isMultipart()) {
      throw new BadRequestException('Send the file as multipart/form-data, in a field named file.');
    }
    const boundary = multipartBoundary(request.headers['content-type']);
    const fields: Record<string, string> = {};
    let file: UploadedFile | undefined;
    const parts = request
      .parts({ limits: { fileSize: this.config.IMPORT_MAX_BYTES } })
      [Symbol.asyncIterator]();
    // Asking for the first part starts the parser reading the body, which is then watched going by.
    const first = parts.next();
    const closed = watchClosingBoundary(request.raw, boundary);
    try {
      for (let next = await first; !next.done; next = await parts.next()) {
        const part = next.value;
        if (part.type === 'file') {
          if (part.fieldname !== 'file' || file) {
            part.file.resume();
            throw new BadRequestException('Send one file, in a field named file.');
          }
          file = await this.store.put(part, this.config.IMPORT_MAX_BYTES);
        } else {
          fields[part.fieldname] = String(part.value);
        }
      }
      if (!closed()) throw cutShort(boundary);
    } catch (error) {
      if (file) await this.store.remove(file);
      throw request.raw.complete && !closed() ? cutShort(boundary) : asHttpError(error);
    }
    if (!file) throw new BadRequestException('The upload has no file: send it in a field named file.');
    return { fields, file };
  }

  /** The form fields, validated like any body; the stored file is removed when they are wrong. */
  async fields<T extends object>(upload: ImportUpload, type: new () => T): Promise<T> {
    try {
      return (await httpValidationPipe().transform(upload.fields, { type: 'body', metatype: type })) as T;
    } catch (error) {
      await this.store.remove(upload.file);
      throw error;
    }
  }
}

/** The multipart parser's own refusals (too large, too many parts...) carry a 4xx status: they stay 4xx. */
function asHttpError(error: unknown): unknown {
  const status = (error as { statusCode?: number }).statusCode;
  if (error instanceof HttpException || !status || status < 400 || status >= 500) return error;
  return new HttpException((error as Error).message, status);
}
