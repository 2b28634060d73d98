import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { Layout } from './layout.js';
import type { Flash, ViewUser } from './view-types.js';

export type RenderPageOptions = {
  title: string;
  user?: ViewUser | null;
  csrfToken: string;
  flash?: Flash | null;
  status?: number;
};

/** Renders `content` inside the Layout as a standards-mode HTML document. */
export async function renderPage(
  c: Context,
  opts: RenderPageOptions,
  content: Child,
): Promise<Response> {
  const page = (
    <Layout
      title={opts.title}
      user={opts.user}
      csrfToken={opts.csrfToken}
      flash={opts.flash}
      currentPath={c.req.path}
    >
      {content}
    </Layout>
  );
  // toString() is a Promise when any component is async; await covers both.
  const html = await page.toString();
  // Callers pass codes from our error table; none of them is a 1xx/204/304.
  const status = (opts.status ?? 200) as ContentfulStatusCode;
  return c.html('<!DOCTYPE html>' + html, status);
}

/** Renders a fragment on its own, for htmx swaps. */
export async function renderFragment(c: Context, content: Child, status = 200): Promise<Response> {
  const html = await (<>{content}</>).toString();
  return c.html(html, status as ContentfulStatusCode);
}
