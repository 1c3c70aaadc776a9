import { Injectable, PayloadTooLargeException } from '@nestjs/common';
import { IMPORT_FILES_BUCKET, UploadedFile } from '@careers/contracts';
import { keepStreamSettings, NatsConnectionHost } from '@careers/rpc';
import type { MultipartFile } from '@fastify/multipart';
import { nanos, ObjectStore, StorageType } from 'nats';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';

/** Uploaded files wait for the importer a day at most: it reads them while the upload request is answered. */
const KEEP_FILES_MS = 24 * 60 * 60 * 1000;

/**
 * Streams an uploaded file into the JetStream object store, chunk by chunk, for the importer to read the same way:
 * neither app holds a whole file in memory.
 */
@Injectable()
export class ImportFileStore {
  private store?: Promise<ObjectStore>;

  constructor(private readonly nats: NatsConnectionHost) {}

  async put(part: MultipartFile, maxBytes: number): Promise<UploadedFile> {
    const store = await this.bucket();
    const name = randomUUID();
    const tooLarge = () =>
      new PayloadTooLargeException(
        `The file is larger than ${maxBytes} bytes, the most this system accepts.`,
      );
    try {
      await store.put({ name }, Readable.toWeb(part.file) as ReadableStream<Uint8Array>);
    } catch (error) {
      await store.delete(name).catch(() => undefined);
      throw part.file.truncated || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE'
        ? tooLarge()
        : error;
    }
    if (part.file.truncated) {
      await store.delete(name).catch(() => undefined);
      throw tooLarge();
    }
    return { bucket: IMPORT_FILES_BUCKET, name, fileName: part.filename.slice(0, 255) };
  }

  async remove(file: UploadedFile): Promise<void> {
    await (await this.bucket()).delete(file.name).catch(() => undefined);
  }

  private bucket(): Promise<ObjectStore> {
    // A bucket that could not be opened (NATS away) is tried again at the next upload.
    this.store ??= this.openBucket().catch((error: unknown) => {
      this.store = undefined;
      throw error;
    });
    return this.store;
  }

  /** Creates the bucket, or brings an existing one to the configured replicas. */
  private async openBucket(): Promise<ObjectStore> {
    const replicas = this.nats.streamReplicas;
    const store = await this.nats
      .jetstream()
      .views.os(IMPORT_FILES_BUCKET, { storage: StorageType.File, ttl: nanos(KEEP_FILES_MS), replicas });
    await keepStreamSettings(await this.nats.jetstreamManager(), (await store.status()).streamInfo, {
      num_replicas: replicas,
    });
    return store;
  }
}
