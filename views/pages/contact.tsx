import { useI18n } from '../i18n/i18n.js';

export const ContactPage = () => {
  const { t } = useI18n();
  const w = t.contact;
  return (
    <article class="prose">
      <h1 class="page-title">{w.heading}</h1>
      <p class="lead">{w.lead}</p>
      <dl class="contact-list">
        <div>
          <dt>{w.email}</dt>
          <dd>
            <a href="mailto:support@moviemagic.in">support@moviemagic.in</a>
          </dd>
        </div>
        <div>
          <dt>{w.phone}</dt>
          <dd>
            <a href="tel:+918045678900">+91 80 4567 8900</a>
          </dd>
        </div>
        <div>
          <dt>{w.hours}</dt>
          <dd>{w.hoursValue}</dd>
        </div>
      </dl>
      <h2>{w.writeTitle}</h2>
      <p>{w.write}</p>
      <p>{w.theater}</p>
    </article>
  );
};
