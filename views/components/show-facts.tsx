import { useI18n } from '../i18n/i18n.js';

export type ShowFactsProps = {
  theaterName: string;
  screenName: string;
  startsAt: string;
  timezone: string;
  language?: string;
  format?: string;
};

/** Theater, screen, start time in the theater's zone (and language · format when known). */
export const ShowFacts = (props: ShowFactsProps) => {
  const { when, name } = useI18n();
  return (
    <ul class="show-facts">
      <li>
        <time datetime={props.startsAt}>{when(props.startsAt, props.timezone)}</time>
      </li>
      <li>
        {props.theaterName} · {props.screenName}
      </li>
      {props.language ? (
        <li>
          {name(props.language)}
          {props.format ? ` · ${props.format}` : ''}
        </li>
      ) : null}
    </ul>
  );
};
