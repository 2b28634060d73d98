import { useI18n } from '../i18n/i18n.js';

export type City = { id: string; name: string };

export const CityPicker = (props: {
  cities: City[];
  selectedCityId: string;
  /** Where a city's pill leads; the home page by default. */
  hrefFor?: (cityId: string) => string;
  /** Extra attributes for each link (htmx). */
  linkAttrs?: (href: string) => Record<string, string>;
}) => {
  const { t, name } = useI18n();
  const hrefFor = props.hrefFor ?? ((id: string) => `/?city=${encodeURIComponent(id)}`);
  return (
    <nav aria-label={t.search.cityNav} class="city-picker">
      <ul class="pills">
        {props.cities.map((city) => {
          const href = hrefFor(city.id);
          return (
            <li>
              <a
                href={href}
                {...(props.linkAttrs?.(href) ?? {})}
                class="pill"
                aria-current={city.id === props.selectedCityId ? 'page' : undefined}
              >
                {name(city.name)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
};
