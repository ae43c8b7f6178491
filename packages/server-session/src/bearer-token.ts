/**
 * The token of an `Authorization: Bearer <token>` header, or `undefined` when
 * the header is missing or holds no single bearer token. The scheme is
 * case-insensitive and the token may be surrounded by spaces or tabs, as
 * RFC 9110 allows.
 */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  // What every client sends, checked without the pattern: this runs on every request.
  if (header.startsWith('Bearer ') && header.length > 7 && !/\s/.test(header.slice(7)))
    return header.slice(7);
  return /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header)?.[1];
}
