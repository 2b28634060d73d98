import { useI18n } from '../i18n/i18n.js';

/** Links to the same page over 7, 30 or 90 days (no script needed). */
export const PeriodPicker = (props: { days: number; href: (days: number) => string }) => {
  const i = useI18n();
  return (
  <nav class="period-picker" aria-label={i.t.admin.common.period}>
    <ul>
      {[7, 30, 90].map((d) => (
        <li>
          <a href={props.href(d)} aria-current={d === props.days ? 'true' : undefined}>
            {i.t.admin.common.lastDays(i.num(d))}
          </a>
        </li>
      ))}
    </ul>
  </nav>
  );
};
