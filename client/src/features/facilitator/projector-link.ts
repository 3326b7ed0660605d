/**
 * The projector link is shown once, when a day is created: the server keeps only its hash. This
 * device remembers it (like the facilitator's own key) so the console can offer it again later.
 */
const key = (eventId: string) => `dialogdag:projector-link:${eventId}`;

export function rememberProjectorLink(eventId: string, url: string): void {
  try {
    window.localStorage.setItem(key(eventId), url);
  } catch {
    // Storage unavailable (privacy modes): the link is still on screen right now.
  }
}

export function rememberedProjectorLink(eventId: string): string | null {
  try {
    return window.localStorage.getItem(key(eventId));
  } catch {
    return null;
  }
}

/** The facilitator link for a co-facilitator: the same key, in the fragment (never sent to a server). */
export function facilitatorLink(origin: string, eventId: string, token: string): string {
  return `${origin}/f/${encodeURIComponent(eventId)}#${encodeURIComponent(token)}`;
}
