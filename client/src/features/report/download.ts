/**
 * Downloads an export with the facilitator's token: fetch (the token goes in a header, never a URL),
 * then hand the browser a blob URL with the server's file name.
 */
export type ExportFormat = 'docx' | 'md' | 'csv' | 'json';

export interface ExportQuery {
  attribution: string;
  includeUnplaced: boolean;
}

function fileNameFrom(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star) return decodeURIComponent(star[1]!);
  const plain = /filename="([^"]+)"/i.exec(disposition ?? '');
  return plain ? plain[1]! : fallback;
}

/** Returns false when the download failed (network or server), for the page to say so. */
export async function downloadExport(
  eventId: string,
  token: string,
  format: ExportFormat,
  query: ExportQuery,
): Promise<boolean> {
  const params = new URLSearchParams({ attribution: query.attribution });
  if (query.includeUnplaced) params.set('unplaced', '1');
  let response: Response;
  try {
    response = await fetch(`/api/events/${encodeURIComponent(eventId)}/export/${format}?${params}`, {
      headers: { Authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
  } catch {
    return false;
  }
  if (!response.ok) return false;
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFrom(response.headers.get('Content-Disposition'), `dialogdag.${format}`);
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}
