import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import { multipartBoundary, watchClosingBoundary } from './multipart-boundary';

describe('multipartBoundary', () => {
  it('reads the boundary, quoted or not', () => {
    expect(multipartBoundary('multipart/form-data; boundary=abc')).toBe('abc');
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe('a b');
  });

  it.each([
    ['multipart/form-data'],
    ['garbage'],
    [undefined],
    [`multipart/form-data; boundary=${'b'.repeat(71)}`],
  ])('refuses %p with a 400 asking for a boundary', (contentType) => {
    expect(() => multipartBoundary(contentType)).toThrow(/names no boundary/);
  });
});

describe('watchClosingBoundary', () => {
  /** Sends the chunks through a body, and says whether the closing boundary went by. */
  const watched = async (...chunks: string[]): Promise<boolean> => {
    const body = new PassThrough();
    const closed = watchClosingBoundary(body as unknown as IncomingMessage, 'xyz');
    for (const chunk of chunks) body.write(Buffer.from(chunk));
    body.end();
    await new Promise((resolve) => body.on('end', resolve));
    return closed();
  };

  it('sees the closing boundary in one chunk, or cut across many', async () => {
    expect(await watched('--xyz\r\npart\r\n--xyz--\r\n')).toBe(true);
    expect(await watched('--xyz\r\npart\r', '\n-', '-x', 'yz', '-', '-')).toBe(true);
    expect(await watched('--xyz--')).toBe(true);
  });

  it('does not take a boundary between parts, or one cut short, for the closing one', async () => {
    expect(await watched('--xyz\r\npart\r\n--xyz\r\n')).toBe(false);
    expect(await watched('--xyz\r\npart\r\n--xyz-')).toBe(false);
    expect(await watched('--xyz\r\npart')).toBe(false);
  });
});
