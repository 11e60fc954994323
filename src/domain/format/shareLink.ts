/**
 * A design packed into a URL fragment: serialized, deflate-compressed (CompressionStream, in every
 * current browser and in Node), base64url-encoded. Fragments never reach a server.
 */
import type { Design } from '../model/design.ts';
import { parseDesign, type ParseResult } from './parseDesign.ts';
import { serializeDesign } from './serializeDesign.ts';

/** Longer links break in mail and chat tools; past this, export a file instead. */
export const MAX_SHARE_FRAGMENT_CHARS = 16_000;
export const SHARE_PREFIX = 'design=';

export type ShareEncoding = { readonly ok: true; readonly fragment: string } | { readonly ok: false; readonly reason: string; readonly chars: number };

export async function encodeShareFragment(design: Design): Promise<ShareEncoding> {
  const bytes = await pipe(new TextEncoder().encode(serializeDesign(design)), new CompressionStream('deflate-raw'));
  const fragment = SHARE_PREFIX + toBase64Url(bytes);
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) {
    return { ok: false, chars: fragment.length, reason: `the link would be ${fragment.length.toLocaleString('en-US')} characters (limit ${MAX_SHARE_FRAGMENT_CHARS.toLocaleString('en-US')}): export the design as a file instead` };
  }
  return { ok: true, fragment };
}

/** Reads a fragment (with or without the leading `#`); bad input gives problems, never a throw. */
export async function decodeShareFragment(fragment: string): Promise<ParseResult> {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(SHARE_PREFIX)) return { ok: false, problems: [{ path: '#', message: 'the link does not contain a design' }] };
  const encoded = body.slice(SHARE_PREFIX.length);
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return { ok: false, problems: [{ path: '#', message: 'the link is damaged (unexpected characters)' }] };
  try {
    const bytes = await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES);
    return parseDesign(new TextDecoder().decode(bytes));
  } catch (e) {
    return { ok: false, problems: [{ path: '#', message: `the link is damaged or truncated (${(e as Error).message})` }] };
  }
}

// A link of 16 kB cannot honestly inflate past this; anything larger is a zip bomb.
const MAX_INFLATED_BYTES = 25 * 1024 * 1024;

async function pipe(input: Uint8Array, transform: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const stream = new Blob([input as BlobPart]).stream().pipeThrough(transform);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > limit) throw new Error('content too large');
    chunks.push(chunk);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
