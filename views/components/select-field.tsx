export type SelectOption = { value: string; label: string };

/** A labelled select whose first choice, "All …", means no filter. */
export const SelectField = (props: {
  label: string;
  name: string;
  allLabel: string;
  options: SelectOption[];
  value?: string;
}) => {
  const id = `filter-${props.name}`;
  return (
    <div class="field filter-field">
      <label for={id} class="field-label">
        {props.label}
      </label>
      <select id={id} name={props.name} class="field-input field-select">
        <option value="" selected={!props.value}>
          {props.allLabel}
        </option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
};
