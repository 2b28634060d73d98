import { showWhen } from './show-when.js';

export type ShowFactsProps = {
  theaterName: string;
  screenName: string;
  startsAt: string;
  timezone: string;
  language?: string;
  format?: string;
};

/** Theater, screen, start time in the theater's zone (and language · format when known). */
export const ShowFacts = (props: ShowFactsProps) => (
  <ul class="show-facts">
    <li>
      <time datetime={props.startsAt}>{showWhen(props.startsAt, props.timezone)}</time>
    </li>
    <li>
      {props.theaterName} · {props.screenName}
    </li>
    {props.language ? (
      <li>
        {props.language}
        {props.format ? ` · ${props.format}` : ''}
      </li>
    ) : null}
  </ul>
);
