/** A server found or started on this machine. */
export interface LocalService {
  url: string;
  /** True when this process started it (and stop() will stop it). */
  started: boolean;
  /** Stops the server if this process started it; does nothing otherwise. */
  stop(): Promise<void>;
}

export type LogLine = (line: string) => void;

export const notStarted = (url: string): LocalService => ({
  url,
  started: false,
  stop: async () => undefined,
});
