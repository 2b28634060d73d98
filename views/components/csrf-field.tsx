/** Every state-changing form carries the session's CSRF token under this name. */
export const CsrfField = (props: { token: string }) => (
  <input type="hidden" name="_csrf" value={props.token} />
);
