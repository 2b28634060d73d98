import { DateStrip, type DateOption } from '../components/date-strip.js';
import { dayInSentence } from '../components/day-in-sentence.js';
import { DaySchedule, type ScheduleDay } from '../components/day-schedule.js';

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
  const here = `/theaters/${encodeURIComponent(theater.id)}`;
  return (
    <article class="theater-page" aria-labelledby="theater-title">
      <p class="back-link">
        <a href={`/search?city=${encodeURIComponent(theater.cityId)}`}>← What's on in {props.cityName}</a>
      </p>
      <h1 id="theater-title" class="page-title">
        {theater.name}
      </h1>
      <p class="theater-address">{theater.address}</p>
      {theater.amenities.length > 0 ? (
        <ul class="amenities" aria-label="Amenities">
          {theater.amenities.map((a) => (
            <li class="amenity">{a}</li>
          ))}
        </ul>
      ) : null}
      <section class="theater-shows-section" aria-labelledby="shows-heading">
        <h2 id="shows-heading" class="section-title">
          Shows
        </h2>
        <DateStrip dates={props.dates} selected={props.date} hrefFor={(date) => `${here}?date=${date}`} />
        <DaySchedule
          days={props.days}
          groupHref={(id) => `/movies/${encodeURIComponent(id)}?city=${encodeURIComponent(theater.cityId)}`}
          empty={`${theater.name} has no more shows on sale for ${dayInSentence(props.dateLabel)}. Try another day.`}
        />
      </section>
      <section class="card theater-policy" aria-labelledby="policy-heading">
        <h2 id="policy-heading" class="card-title">
          Cancellation policy
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
