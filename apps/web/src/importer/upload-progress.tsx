import { Progress } from '@mantine/core';

/** How much of a file is sent, while it is (`progress` from 0 to 1; nothing shown between uploads). */
export function UploadProgress({ progress }: { progress: number | undefined }) {
  if (progress === undefined) return null;
  const percent = Math.round(progress * 100);
  return <Progress value={percent} aria-label={`Uploading: ${percent}%`} animated />;
}
