/** Upload limits, free of zod so the console can check files before sending them. */
export const attachmentLimits = {
  /** Largest file accepted, in bytes (before images are re-encoded). */
  fileBytes: 10 * 1024 * 1024,
  /** Images are scaled down so their long side is at most this many pixels. */
  longSide: 2000,
  /** Decoded size limit (all frames of an animation together): refuses decompression bombs. */
  inputPixels: 50_000_000,
  fileName: 120,
} as const;
