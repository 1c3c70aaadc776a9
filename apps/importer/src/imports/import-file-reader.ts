import { Injectable } from '@nestjs/common';
import type { UploadedFile } from '@careers/contracts';
import { NatsConnectionHost } from '@careers/messaging';
import { UploadMissing } from './import-errors';

/** Reads an uploaded file from the JetStream object store as a stream, and removes it once read. */
@Injectable()
export class ImportFileReader {
  constructor(private readonly nats: NatsConnectionHost) {}

  async read<T>(file: UploadedFile, use: (bytes: ReadableStream<Uint8Array>) => Promise<T>): Promise<T> {
    const store = await this.nats.jetstream().views.os(file.bucket);
    const object = await store.get(file.name);
    if (!object) throw new UploadMissing();
    try {
      return await use(object.data);
    } finally {
      await store.delete(file.name).catch(() => undefined);
    }
  }
}
