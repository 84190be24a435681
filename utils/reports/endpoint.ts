import { z } from '../../claims/zod';
import { endpointItem } from './storage';

// Reports go only where the reader says, and only over HTTPS. Plain HTTP is allowed for the
// reader's own machine (127.0.0.1, localhost), where the tests and local tools listen.

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Why an endpoint address is refused, or null when it is acceptable. */
export function endpointProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'That is not a web address. Use https://…';
  }
  if (url.username || url.password) return 'The address must not contain a user name or password.';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return null;
  return 'Reports are sent over HTTPS only (plain http:// only to 127.0.0.1 or localhost).';
}

/** A validated endpoint address. */
export const endpointSchema = z.object({
  url: z.string().refine((u) => endpointProblem(u) === null, 'not an allowed endpoint'),
});

/** The saved endpoint. */
export type Endpoint = z.infer<typeof endpointSchema>;

/** The host-permission pattern the browser needs before it may post to an endpoint. */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/** The saved endpoint, or null when none is set or what is stored is unreadable. */
export async function getEndpoint(): Promise<Endpoint | null> {
  const parsed = endpointSchema.nullable().safeParse(await endpointItem.getValue());
  return parsed.success ? parsed.data : null;
}

/** Saves (or, with null, clears) the endpoint. */
export async function setEndpoint(url: string | null): Promise<void> {
  await endpointItem.setValue(url === null ? null : endpointSchema.parse({ url: url.trim() }));
}
