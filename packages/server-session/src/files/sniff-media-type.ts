/** The kinds of upload the server accepts. */
export const acceptedMediaTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AcceptedMediaType = (typeof acceptedMediaTypes)[number];

const signatures: ReadonlyArray<readonly [AcceptedMediaType, readonly number[]]> = [
  // "%PDF-"
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  // SOI marker followed by the first marker's 0xFF
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  // "\x89PNG\r\n\x1a\n"
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/**
 * The media type of `bytes` judged by their first bytes (magic numbers), or
 * `null` for anything else. The file name and the declared type are ignored:
 * both are whatever the client says, and a "passport.pdf" may be anything.
 *
 * @example sniffMediaType(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])) // 'application/pdf'
 */
export function sniffMediaType(bytes: Uint8Array): AcceptedMediaType | null {
  for (const [mediaType, signature] of signatures) {
    if (bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte)) {
      return mediaType;
    }
  }
  return null;
}
