// Errors raised while post-processing a rendered PNG. Each has a stable `code` that callers
// switch on (to pick the user-facing message); `message` is for the log.

export type ImageErrorCode = 'IMAGE_INVALID' | 'IMAGE_TOO_LARGE';

export abstract class ImageError extends Error {
  abstract readonly code: ImageErrorCode;
}

/** The bytes are not a decodable PNG (garbage, another format, truncated or corrupt data). */
export class ImageInvalidError extends ImageError {
  readonly code = 'IMAGE_INVALID';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImageInvalidError';
  }
}

/** The PNG decodes to more pixels than allowed; refused before any pixel is decoded. */
export class ImageTooLargeError extends ImageError {
  readonly code = 'IMAGE_TOO_LARGE';
  readonly widthPx: number;
  readonly heightPx: number;
  readonly maxPixels: number;

  constructor(size: { widthPx: number; heightPx: number; maxPixels: number }) {
    super(
      `expected a PNG of at most ${size.maxPixels} pixels, got ${size.widthPx}x${size.heightPx} ` +
        `(${size.widthPx * size.heightPx} pixels)`,
    );
    this.name = 'ImageTooLargeError';
    this.widthPx = size.widthPx;
    this.heightPx = size.heightPx;
    this.maxPixels = size.maxPixels;
  }
}
