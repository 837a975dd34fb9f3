import { chinaDateTime } from '../../lib/format-time.ts';

/** A server time (ISO) as China local date and minute: 2025-11-10 10:00. */
export function formatTime(iso: string): string {
  return chinaDateTime(iso);
}

/** A file size in KB / MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
