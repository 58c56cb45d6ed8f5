import { DAY, offsetSegments } from '../../shared/time-zone.ts';

/**
 * A zone's UTC offsets, looked up from a cache instead of asking Intl each time: the offsets of
 * each 32-day block are found once (a daily Intl probe plus a binary search per DST change, see
 * offsetSegments) and kept, so a lookup afterwards is a Map read and a scan of one or two entries.
 */
const blockMs = 32 * DAY;

/** The offsets in force inside one block: `offsets[i]` holds until `untils[i]`. */
interface Block {
  untils: number[];
  offsets: number[];
}

export class ZoneOffsets {
  readonly timeZone: string;
  private readonly blocks = new Map<number, Block>();
  private lastIndex = Number.NaN;
  private lastBlock: Block | null = null;

  constructor(timeZone: string) {
    this.timeZone = timeZone;
  }

  private block(index: number): Block {
    if (index === this.lastIndex && this.lastBlock) return this.lastBlock;
    let block = this.blocks.get(index);
    if (!block) {
      const segments = offsetSegments(this.timeZone, index * blockMs, (index + 1) * blockMs);
      block = { untils: segments.map((s) => s.until), offsets: segments.map((s) => s.offset) };
      this.blocks.set(index, block);
    }
    this.lastIndex = index;
    this.lastBlock = block;
    return block;
  }

  /** Local time minus UTC at `instant`, in ms. */
  offsetAt(instant: number): number {
    const { untils, offsets } = this.block(Math.floor(instant / blockMs));
    let i = 0;
    while (i < untils.length - 1 && instant >= (untils[i] as number)) i += 1;
    return offsets[i] as number;
  }

  /** The first offset change in (from, to], or null. Walks the cached blocks the span touches. */
  changeIn(from: number, to: number): number | null {
    for (let index = Math.floor(from / blockMs); index <= Math.floor(to / blockMs); index += 1) {
      const { untils } = this.block(index);
      for (let i = 0; i < untils.length - 1; i += 1) {
        const at = untils[i] as number;
        if (at > from && at <= to) return at;
      }
    }
    return null;
  }
}

const zones = new Map<string, ZoneOffsets>();

/** One cache per zone for the life of the process (a team has one zone; tests a few). */
export function zoneOffsets(timeZone: string): ZoneOffsets {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = new ZoneOffsets(timeZone);
    zones.set(timeZone, zone);
  }
  return zone;
}
