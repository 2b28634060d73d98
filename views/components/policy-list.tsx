import { useI18n } from '../i18n/i18n.js';

/** The theater's cancellation policy, in sentences. */
export const PolicyList = (props: { sentences: string[] }) => {
  const { t } = useI18n();
  return (
    <section class="policy" aria-labelledby="policy-heading">
      <h2 id="policy-heading" class="booking-heading">
        {t.policy.heading}
      </h2>
      <ul class="policy-list">
        {props.sentences.map((s) => (
          <li>{s}</li>
        ))}
      </ul>
    </section>
  );
};
