/**
 * The pad's ink: strokes as the pointer drew them, painted on a canvas, and cropped to what the
 * server reads (`digit-drawn`'s ink map).
 */

/**
 * Pad height (CSS px) at which `strokeWidth` applies as given; strokes scale with the pad.
 * Also the largest height of the ink map sent with `digit-drawn`.
 */
export const REFERENCE_SIZE = 280;
/** Blank pixels kept around the ink's bounding box in the ink map. */
const INK_MARGIN = 2;

/**
 * A pointer position in pad heights from the top left corner (y in 0..1, x up to the pad's aspect
 * ratio), so that a resize or a narrower pad keeps the drawing's shape.
 */
export interface Point {
  x: number;
  y: number;
  /** Pen pressure 0..1; 0.5 for mouse and touch. */
  pressure: number;
}

export interface Stroke {
  /** Width in CSS px on a pad of REFERENCE_SIZE. */
  width: number;
  points: Point[];
}

/**
 * The ink coverage (0-255, row-major) as base64, cropped to the ink plus a margin; the crop's
 * `left` and `top` on the rendered pad, which is `scale` pixels high.
 */
export interface InkCrop {
  width: number;
  height: number;
  left: number;
  top: number;
  scale: number;
  ink: string;
}

/** Paints the strokes in opaque black on a canvas of `width` x `height` pixels. */
export function paintInk(context: CanvasRenderingContext2D, strokes: Stroke[], width: number, height: number) {
  context.clearRect(0, 0, width, height);
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.strokeStyle = context.fillStyle = 'black';
  for (const stroke of strokes) {
    paintStroke(context, stroke, height);
  }
}

function paintStroke(context: CanvasRenderingContext2D, { width, points }: Stroke, size: number) {
  // a pen's pressure varies the width by up to a quarter
  const lineWidth = (point: Point) => ((width * size) / REFERENCE_SIZE) * (0.75 + 0.5 * point.pressure);
  if (points.length === 1) {
    const [dot] = points;
    context.beginPath();
    context.arc(dot.x * size, dot.y * size, lineWidth(dot) / 2, 0, 2 * Math.PI);
    context.fill();
    return;
  }
  // Quadratic curves from midpoint to midpoint, with each sampled point as control point,
  // smooth the polyline; one path per piece lets the width follow the pressure.
  let from = points[0];
  for (let i = 1; i < points.length; i++) {
    const control = points[i];
    const next = points[i + 1];
    const to = next ? { ...control, x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 } : control;
    context.beginPath();
    context.moveTo(from.x * size, from.y * size);
    context.quadraticCurveTo(control.x * size, control.y * size, to.x * size, to.y * size);
    context.lineWidth = lineWidth(control);
    context.stroke();
    from = to;
  }
}

/** Renders the strokes at `padWidth` x `size` px and crops the alpha channel to the ink plus a margin. */
export function inkMap(
  strokes: Stroke[],
  padWidth: number,
  size: number,
): InkCrop {
  const canvas = document.createElement('canvas');
  canvas.width = padWidth;
  canvas.height = size;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  paintInk(context, strokes, padWidth, size);
  const rgba = context.getImageData(0, 0, padWidth, size).data;
  const alpha = (x: number, y: number) => rgba[(y * padWidth + x) * 4 + 3];

  let left = padWidth;
  let top = size;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < padWidth; x++) {
      if (alpha(x, y)) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = y;
      }
    }
  }
  if (right < 0) {
    return { width: 0, height: 0, left: 0, top: 0, scale: size, ink: '' };
  }
  left = Math.max(0, left - INK_MARGIN);
  top = Math.max(0, top - INK_MARGIN);
  right = Math.min(padWidth - 1, right + INK_MARGIN);
  bottom = Math.min(size - 1, bottom + INK_MARGIN);

  const width = right - left + 1;
  const height = bottom - top + 1;
  const ink = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      ink[y * width + x] = alpha(left + x, top + y);
    }
  }
  return { width, height, left, top, scale: size, ink: toBase64(ink) };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // in chunks: String.fromCharCode takes its bytes as arguments, and their number is limited
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
