/** A QR code drawn as inline SVG; black on white whatever the page's colours (scanners need contrast). */
import { useMemo } from 'react';
import { qrSvg } from './qr-svg.js';

export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => qrSvg(text), [text]);
  return (
    <svg
      className={`qr-code ${className ?? ''}`}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-qr-text={text}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
