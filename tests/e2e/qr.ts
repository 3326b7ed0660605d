/** Decodes a QR code from a PNG (an element screenshot) with jsQR, as a phone camera would read it. */
import jsqr from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS: under NodeNext its default export is reached as `.default` of the module.
const jsQR = jsqr.default;

/** The text of the QR code in `png`, or null when none can be read. */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const result = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return result?.data ?? null;
}
