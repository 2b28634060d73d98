/** A form-wide error, announced as soon as the page shows it. */
export const FormError = (props: { message?: string | null }) =>
  props.message ? (
    <p class="form-error" role="alert">
      {props.message}
    </p>
  ) : null;
