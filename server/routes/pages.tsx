import { Hono } from 'hono';
import { whatsOn } from '../catalog/whats-on.js';
import type { Db } from '../store/db.js';
import { AboutPage } from '../../views/pages/about.js';
import { ContactPage } from '../../views/pages/contact.js';
import { HomePage } from '../../views/pages/home.js';
import type { AppEnv } from './env.js';
import { page } from './render.js';

export function pageRoutes(deps: { db: Db; clock: () => Date }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const date = c.req.query('date');
    const w = await whatsOn(
      deps.db,
      { cityId: c.req.query('city'), date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined },
      deps.clock(),
    );
    return page(
      c,
      w.city ? `What's on in ${w.city.name}` : 'Movie Magic',
      <HomePage
        cities={w.cities}
        selectedCityId={w.city?.id ?? ''}
        date={w.date}
        dateLabel={w.dateLabel}
        movies={w.movies}
      />,
    );
  });

  app.get('/about', (c) => page(c, 'About', <AboutPage />));
  app.get('/contact', (c) => page(c, 'Contact', <ContactPage />));
  return app;
}
