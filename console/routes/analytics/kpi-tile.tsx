import { Link } from '../../components/link.tsx';
import { PathIcon } from '../../components/icon.tsx';
import type { Trend } from './trend.ts';

const arrows = { up: 'M12 19V5M6 11l6-6 6 6', down: 'M12 5v14M6 13l6 6 6-6', flat: 'M5 12h14' } as const;

/** "+12% from last period" with an arrow, green when the change is good, red when bad. */
export function TrendLine({ trend }: { trend: Trend }) {
  return (
    <span class={`trend trend--${trend.tone}`}>
      {trend.direction && <PathIcon d={arrows[trend.direction]} size={14} />}
      <span>{trend.text}</span>
      {trend.tone !== 'neutral' && <span class="visually-hidden">{trend.tone === 'good' ? ' (better)' : ' (worse)'}</span>}
    </span>
  );
}

/**
 * One figure with its trend. With `href` the whole tile is a link to the tickets behind it.
 * `previous` is shown when the page compares with the previous period.
 */
export function KpiTile({
  label,
  value,
  trend,
  hint,
  previous,
  href,
  large = false,
}: {
  label: string;
  value: string;
  trend: Trend;
  hint?: string;
  previous?: string | null;
  href?: string;
  large?: boolean;
}) {
  const body = (
    <>
      <span class="kpi__label">{label}</span>
      <span class="kpi__value">{value}</span>
      <TrendLine trend={trend} />
      {previous != null && <span class="kpi__hint">Previous period: {previous}</span>}
      {hint && <span class="kpi__hint">{hint}</span>}
    </>
  );
  const classes = `kpi${large ? ' kpi--large' : ''}`;
  return href ? (
    <Link href={href} class={`${classes} kpi--link`}>
      {body}
    </Link>
  ) : (
    <div class={classes}>{body}</div>
  );
}
