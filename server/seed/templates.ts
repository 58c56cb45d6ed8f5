import type { Random } from './random.ts';

/** Generates a value for a `{slot}` such as `{device}` or `{orderNumber}`. */
export type SlotFiller = (rng: Random) => string;

/** Per-ticket values every template may use, e.g. `{customerFirstName}`. */
export const contextSlots = ['customerFirstName', 'agentFirstName'] as const;
export type TemplateContext = Record<(typeof contextSlots)[number], string>;

type Part = string | { slot: string };

/**
 * A text with `{slot}` holes, split once into parts so rendering is a loop of appends rather
 * than a regex per ticket (it runs millions of times when seeding a large database).
 */
export class Template {
  private readonly parts: Part[];

  constructor(
    readonly source: string,
    fillers: Readonly<Record<string, SlotFiller>>,
  ) {
    this.parts = source.split(/\{(\w+)\}/).map((text, index) => (index % 2 === 1 ? { slot: text } : text));
    for (const part of this.parts) {
      if (typeof part !== 'string' && !(part.slot in fillers) && !(contextSlots as readonly string[]).includes(part.slot)) {
        throw new Error(`template "${source}" uses unknown slot {${part.slot}}`);
      }
    }
  }

  render(values: SlotValues): string {
    let text = '';
    for (const part of this.parts) text += typeof part === 'string' ? part : values.get(part.slot);
    return text;
  }
}

export function compileTemplates(sources: readonly string[], fillers: Readonly<Record<string, SlotFiller>>): Template[] {
  return sources.map((source) => new Template(source, fillers));
}

/**
 * The slot values of one ticket. A slot keeps its first value, so the subject, the description
 * and the replies all talk about the same card reader and the same order number.
 */
export class SlotValues {
  private readonly chosen = new Map<string, string>();

  constructor(
    private readonly rng: Random,
    private readonly fillers: Readonly<Record<string, SlotFiller>>,
    /** Owned by this object: one per ticket. */
    private readonly context: TemplateContext,
  ) {}

  get(slot: string): string {
    if (slot in this.context) return this.context[slot as keyof TemplateContext];
    let value = this.chosen.get(slot);
    if (value === undefined) {
      const filler = this.fillers[slot];
      if (!filler) throw new Error(`no filler for slot {${slot}}`);
      value = filler(this.rng);
      this.chosen.set(slot, value);
    }
    return value;
  }

  /** Replies and notes on one ticket may come from different agents; the other values stay. */
  setAgentFirstName(name: string): void {
    this.context.agentFirstName = name;
  }
}
