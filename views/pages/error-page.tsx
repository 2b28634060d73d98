export type ErrorPageProps = { status: number; code: string; message: string };

function headingFor(status: number): string {
  if (status === 404) return 'Page not found';
  if (status === 401) return 'Please log in';
  if (status === 403) return 'Not allowed';
  if (status === 429) return 'Slow down a little';
  if (status >= 500) return 'Something went wrong';
  return 'We could not do that';
}

export const ErrorPage = (props: ErrorPageProps) => (
  <section class="error-page">
    <p class="error-status" aria-hidden="true">
      {props.status}
    </p>
    <h1 class="page-title">{headingFor(props.status)}</h1>
    <p class="lead">{props.message}</p>
    <p class="muted">
      Error code: <code>{props.code}</code>
    </p>
    <p>
      <a href="/" class="button button-primary">
        Go to the home page
      </a>
    </p>
  </section>
);
