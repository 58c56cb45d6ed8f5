import { Link } from '../../components/link.tsx';
import { drill, type Period } from './drill.ts';
import { weekdayNames } from '../../../shared/business-hours.ts';

const hours = Array.from({ length: 24 }, (_, hour) => hour);
const hourLabel = (hour: number) => String(hour).padStart(2, '0');

/**
 * Tickets created by weekday × hour in the range's time zone, as a table (so it reads as one):
 * darker is busier, and each busy cell links to exactly its tickets (weekday and hour in the
 * zone, inside the range).
 */
export function PeakHours({ grid, period, tz }: { grid: number[][]; period: Period; tz: string }) {
  const busiest = Math.max(1, ...grid.flat());
  return (
    <section class="card analytics-card" aria-labelledby="peak-hours-title">
      <header class="analytics-card__header">
        <div>
          <h3 class="analytics-card__title" id="peak-hours-title">
            Peak hours
          </h3>
          <p class="analytics-card__subtitle">Tickets created by weekday and hour ({tz}). Click a cell for its tickets.</p>
        </div>
      </header>
      <div class="table-wrap">
        <table class="heatmap">
          <caption class="visually-hidden">Tickets created by weekday and hour, {tz}</caption>
          <thead>
            <tr>
              <td class="heatmap__corner" />
              {hours.map((hour) => (
                <th scope="col" key={hour} abbr={`${hourLabel(hour)}:00`}>
                  {hour % 3 === 0 ? hourLabel(hour) : <span class="visually-hidden">{hourLabel(hour)}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weekdayNames.map((name, weekday) => (
              <tr key={name}>
                <th scope="row" abbr={name}>
                  {name.slice(0, 3)}
                </th>
                {hours.map((hour) => {
                  const value = grid[weekday]?.[hour] ?? 0;
                  const level = value === 0 ? 0 : Math.ceil((value / busiest) * 5);
                  const label = `${name} ${hourLabel(hour)}:00: ${value} ${value === 1 ? 'ticket' : 'tickets'}`;
                  return (
                    <td key={hour} class={`heatmap__cell heatmap__cell--${level}`} title={label}>
                      {value > 0 ? (
                        <Link href={drill.peakHour(period, weekday, hour, tz)} aria-label={label} class="heatmap__link">
                          <span aria-hidden="true">{value}</span>
                        </Link>
                      ) : (
                        <span class="visually-hidden">0</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
