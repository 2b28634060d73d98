import { useI18n } from '../i18n/i18n.js';
import { ShowTimeLink, type ShowTime } from './show-time-link.js';

export type ScheduleDay = {
  date: string;
  label: string;
  /** Days after the theater's today, for "Today"/"Tomorrow" in the page's language. */
  fromToday?: number;
  /** A theater's shows on a movie's page, a movie's shows on a theater's page. */
  groups: { id: string; name: string; shows: ShowTime[] }[];
};

/** Shows by day, then by theater or movie, each group's name linking to its own page. */
export const DaySchedule = (props: { days: ScheduleDay[]; groupHref: (id: string) => string; empty: string }) => {
  const i18n = useI18n();
  return props.days.length === 0 ? (
    <div class="empty-state">
      <p>{props.empty}</p>
    </div>
  ) : (
    <div class="day-schedule">
      {props.days.map((day) => (
        <section class="card schedule-day" aria-labelledby={`day-${day.date}`}>
          <h3 id={`day-${day.date}`} class="schedule-day-title">
            <time datetime={day.date}>{i18n.day(day.date, day.fromToday)}</time>
          </h3>
          {day.groups.map((group) => (
            <section class="theater-shows">
              <h4 class="theater-name">
                <a href={props.groupHref(group.id)}>{group.name}</a>
              </h4>
              <ul class="show-times">
                {group.shows.map((show) => (
                  <li>
                    <ShowTimeLink show={show} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
};
