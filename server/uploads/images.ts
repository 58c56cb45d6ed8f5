import sharp, { type Metadata, type Sharp } from 'sharp';
import { attachmentLimits } from '../../shared/schemas/attachments.ts';
import { AppError } from '../lib/errors.ts';
import { labelOf, type ImageKind } from './detect.ts';

export interface ReencodedImage {
  data: Buffer;
  /** One frame's size, after orientation and resizing. */
  width: number;
  height: number;
}

export interface ImageLimits {
  longSide: number;
  inputPixels: number;
}

const defaultLimits: ImageLimits = { longSide: attachmentLimits.longSide, inputPixels: attachmentLimits.inputPixels };

/** GIF and WebP keep their animation (sharp resizes every frame); the pixel limit counts all frames. */
const animatedKinds = new Set<ImageKind>(['gif', 'webp']);

function undecodable(kind: ImageKind): AppError {
  return new AppError(
    'unsupported_media_type',
    `The file starts like a ${labelOf[kind]} image but could not be decoded as one; it may be damaged or not an image`,
  );
}

function encode(pipeline: Sharp, kind: ImageKind): Sharp {
  switch (kind) {
    case 'png':
      return pipeline.png({ compressionLevel: 9, adaptiveFiltering: true });
    case 'jpeg':
      return pipeline.jpeg({ quality: 85, mozjpeg: true });
    case 'webp':
      return pipeline.webp({ quality: 85 });
    case 'gif':
      return pipeline.gif();
  }
}

/**
 * Decodes the image and writes a brand-new one in the same format. Only pixels survive: EXIF (GPS,
 * camera serials), XMP, IPTC, comments, ICC profiles (converted to sRGB) and anything appended to
 * or hidden inside the original (script polyglots, trailing archives) are gone. The image is turned
 * upright from its EXIF orientation and scaled down to `longSide`. Images whose decoded size
 * exceeds `inputPixels` are refused from their header, before any pixel is decoded.
 */
export async function reencodeImage(input: Buffer, kind: ImageKind, limits: ImageLimits = defaultLimits): Promise<ReencodedImage> {
  const animated = animatedKinds.has(kind);
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { animated, limitInputPixels: false }).metadata();
  } catch {
    throw undecodable(kind);
  }
  // libvips picks its decoder by sniffing too; it must agree with ours (never an SVG or TIFF loader).
  if (metadata.format !== kind || !metadata.width || !metadata.height) throw undecodable(kind);

  const frames = animated ? (metadata.pages ?? 1) : 1;
  const frameHeight = animated ? (metadata.pageHeight ?? metadata.height) : metadata.height;
  const pixels = metadata.width * frameHeight * frames;
  if (pixels > limits.inputPixels) {
    const size = `${metadata.width}×${frameHeight} pixels${frames > 1 ? ` × ${frames} frames` : ''}`;
    throw new AppError(
      'payload_too_large',
      `The image is ${size}; images are limited to ${Math.floor(limits.inputPixels / 1_000_000)} megapixels in total`,
    );
  }

  const pipeline = sharp(input, { animated, limitInputPixels: limits.inputPixels, failOn: 'truncated' })
    .autoOrient()
    .resize({ width: limits.longSide, height: limits.longSide, fit: 'inside', withoutEnlargement: true });
  try {
    const { data, info } = await encode(pipeline, kind).toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.pageHeight ?? info.height };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) {
      throw new AppError('payload_too_large', 'The image is too large to process');
    }
    throw undecodable(kind);
  }
}
