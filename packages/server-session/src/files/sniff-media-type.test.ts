import { describe, expect, it } from 'vitest';
import { sniffMediaType } from './sniff-media-type.js';

describe('sniffMediaType', () => {
  it.each([
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], 'application/pdf'],
    ['a JPEG', [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'image/jpeg'],
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00], 'image/png'],
  ])('recognises %s by its first bytes', (_, bytes, mediaType) => {
    expect(sniffMediaType(new Uint8Array(bytes))).toBe(mediaType);
  });

  it.each([
    ['text that starts like a PDF', new TextEncoder().encode('%PD')],
    ['a GIF', new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61])],
    ['an HTML page', new TextEncoder().encode('<!doctype html>')],
    ['nothing', new Uint8Array()],
  ])('refuses %s', (_, bytes) => {
    expect(sniffMediaType(bytes)).toBeNull();
  });
});
