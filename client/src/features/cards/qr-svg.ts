/**
 * A QR code as one SVG path, made on the device (the `qrcode` package; no network, no canvas): dark
 * modules become horizontal runs, so a code is a few hundred path segments, crisp at any print size.
 */
import QRCode from 'qrcode';

/** Light modules around the code; the QR specification asks for four. */
export const QUIET_ZONE_MODULES = 4;

export interface QrSvg {
  /** Width and height of the viewBox in modules, quiet zone included. */
  size: number;
  /** Path data of the dark modules, in module units. */
  path: string;
}

/** Path data for a square matrix of modules (`dark(row, col)`), offset by the quiet zone. */
export function modulesToPath(
  size: number,
  dark: (row: number, col: number) => boolean,
  quiet: number,
): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && dark(row, col)) col++;
      parts.push(`M${start + quiet} ${row + quiet}h${col - start}v1h-${col - start}z`);
    }
  }
  return parts.join('');
}

/** The QR code of `text` (error correction M: survives a crease or a coffee ring on a card). */
export function qrSvg(text: string): QrSvg {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const path = modulesToPath(size, (row, col) => modules.get(row, col) !== 0, QUIET_ZONE_MODULES);
  return { size: size + 2 * QUIET_ZONE_MODULES, path };
}
