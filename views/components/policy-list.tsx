/** The theater's cancellation policy, in sentences. */
export const PolicyList = (props: { sentences: string[] }) => (
  <section class="policy" aria-labelledby="policy-heading">
    <h2 id="policy-heading" class="booking-heading">
      Cancellation policy
    </h2>
    <ul class="policy-list">
      {props.sentences.map((s) => (
        <li>{s}</li>
      ))}
    </ul>
  </section>
);
