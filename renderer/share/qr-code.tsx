/**
 * A QR code drawn as SVG from the code's own modules: made here, offline, with the qrcode library, which is
 * loaded only when a code is shown, so it stays out of the kiosk's first download.
 */
import { useEffect, useState } from 'react';

interface Modules {
  size: number;
  dark: (x: number, y: number) => boolean;
}

/** The four-module light border that scanners need around a code. */
const QUIET_ZONE = 4;

async function modulesFor(text: string): Promise<Modules> {
  const { create } = await import('qrcode');
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (x, y) => modules.get(y, x) === 1 };
}

/** One path of unit squares, row by row: a few kilobytes of markup, crisp at any size. */
function modulePath({ size, dark }: Modules): string {
  let path = '';
  for (let y = 0; y < size; y += 1) for (let x = 0; x < size; x += 1) if (dark(x, y)) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
  return path;
}

export function QrCode({ text, label }: { text: string; label: string }) {
  const [drawn, setDrawn] = useState<{ text: string; path: string; side: number } | null>(null);
  useEffect(() => {
    let current = true;
    modulesFor(text).then(
      (modules) => current && setDrawn({ text, path: modulePath(modules), side: modules.size + 2 * QUIET_ZONE }),
      (error: Error) => console.error(`The QR code could not be made: ${error.message}`),
    );
    return () => {
      current = false;
    };
  }, [text]);
  if (!drawn || drawn.text !== text) return <div className="qr-code qr-code--pending" aria-hidden="true" />;
  return (
    <svg className="qr-code" viewBox={`0 0 ${drawn.side} ${drawn.side}`} role="img" aria-label={label} shapeRendering="crispEdges" data-qr-text={text}>
      <rect width={drawn.side} height={drawn.side} fill="#fff" />
      <path d={drawn.path} fill="#000" />
    </svg>
  );
}
