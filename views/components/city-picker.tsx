export type City = { id: string; name: string };

export const CityPicker = (props: { cities: City[]; selectedCityId: string }) => (
  <nav aria-label="City" class="city-picker">
    <ul class="pills">
      {props.cities.map((city) => (
        <li>
          <a
            href={`/?city=${encodeURIComponent(city.id)}`}
            class="pill"
            aria-current={city.id === props.selectedCityId ? 'page' : undefined}
          >
            {city.name}
          </a>
        </li>
      ))}
    </ul>
  </nav>
);
