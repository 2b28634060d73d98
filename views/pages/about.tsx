import { useI18n } from '../i18n/i18n.js';

export const AboutPage = () => {
  const { t } = useI18n();
  const w = t.about;
  return (
    <article class="prose">
      <h1 class="page-title">{w.heading}</h1>
      <p class="lead">{w.lead}</p>
      <h2>{w.onlineTitle}</h2>
      <p>{w.online}</p>
      <h2>{w.kiosksTitle}</h2>
      <p>{w.kiosks}</p>
      <h2>{w.twiceTitle}</h2>
      <p>{w.twice}</p>
      <h2>{w.theatersTitle}</h2>
      <p>{w.theaters}</p>
    </article>
  );
};
