// Tokens and ids. Tokens are 256 random bits, handed out once and stored only as SHA-256 hashes;
// ids are random too, so neither can be guessed from another. Web Crypto (or Node's crypto, for
// hashes): this runs in browsers (the mock) as well as in Node.
import { sha256 } from './reply.js';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function randomText(bytes: number): string {
  const data = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  let out = '';
  for (const byte of data) out += BASE32[byte & 31];
  return out;
}

/** A new bearer token (manage or provider): 43 characters of base64url. */
export function newToken(): string {
  const data = globalThis.crypto.getRandomValues(new Uint8Array(32));
  let text = '';
  for (const byte of data) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The hash a token is stored and looked up by: SHA-256, hex. */
export const hashToken = (token: string): Promise<string> => sha256(token);

/** A new id with a readable prefix: `bkg_k3v9q2xw7m1p`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomText(16)}`;
}
