import { DateStrip, pickedDayLabel, type DateOption } from '../components/date-strip.js';
import { DaySchedule, type ScheduleDay } from '../components/day-schedule.js';
import { useI18n } from '../i18n/i18n.js';

export type TheaterPageProps = {
  theater: { id: string; name: string; address: string; amenities: string[]; cityId: string };
  cityName: string;
  /** The cancellation policy in sentences. */
  policy: string[];
  date: string;
  dateLabel: string;
  dates: DateOption[];
  days: ScheduleDay[];
};

export const TheaterPage = (props: TheaterPageProps) => {
  const { theater } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const here = `/theaters/${encodeURIComponent(theater.id)}`;
  const day = t.search.dayInSentence(pickedDayLabel(i18n, props.dates, props.date));
  return (
    <article class="theater-page" aria-labelledby="theater-title">
      <p class="back-link">
        <a href={`/search?city=${encodeURIComponent(theater.cityId)}`}>{t.common.backToWhatsOn(props.cityName)}</a>
      </p>
      <h1 id="theater-title" class="page-title">
        {theater.name}
      </h1>
      <p class="theater-address">{theater.address}</p>
      {theater.amenities.length > 0 ? (
        <ul class="amenities" aria-label={t.theater.amenities}>
          {theater.amenities.map((a) => (
            <li class="amenity">{a}</li>
          ))}
        </ul>
      ) : null}
      <section class="theater-shows-section" aria-labelledby="shows-heading">
        <h2 id="shows-heading" class="section-title">
          {t.theater.shows}
        </h2>
        <DateStrip dates={props.dates} selected={props.date} hrefFor={(date) => `${here}?date=${date}`} />
        <DaySchedule
          days={props.days}
          groupHref={(id) => `/movies/${encodeURIComponent(id)}?city=${encodeURIComponent(theater.cityId)}`}
          empty={t.theater.noShows(theater.name, day)}
        />
      </section>
      <section class="card theater-policy" aria-labelledby="policy-heading">
        <h2 id="policy-heading" class="card-title">
          {t.policy.heading}
        </h2>
        <ul class="theater-policy-list">
          {props.policy.map((sentence) => (
            <li>{sentence}</li>
          ))}
        </ul>
      </section>
    </article>
  );
};
