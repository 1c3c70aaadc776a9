import { Injectable } from '@nestjs/common';
import type { UploadedFile } from '@careers/contracts';
import { NatsConnectionHost } from '@careers/messaging';
import { UploadMissing } from '../imports/import-errors';

/**
 * Reads an uploaded file from the JetStream object store as a stream; it is removed once its analysis is over, so an
 * analysis cut short by a restart reads it again.
 */
@Injectable()
export class ImportFileReader {
  constructor(private readonly nats: NatsConnectionHost) {}

  async read<T>(file: UploadedFile, use: (bytes: ReadableStream<Uint8Array>) => Promise<T>): Promise<T> {
    const store = await this.nats.jetstream().views.os(file.bucket);
    const object = await store.get(file.name);
    if (!object) throw new UploadMissing();
    return use(object.data);
  }

  async remove(file: UploadedFile): Promise<void> {
    const store = await this.nats.jetstream().views.os(file.bucket);
    await store.delete(file.name).catch(() => undefined);
  }
}
