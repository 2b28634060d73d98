import { useI18n } from '../i18n/i18n.js';

export type LoyaltyCardProps = {
  balance: number;
  worthMinor: number;
  /** Below this balance points cannot be spent. */
  minimum: number;
  moves: { kind: 'earn' | 'redeem' | 'reverse'; bookingId: string; points: number; at: string; movieTitle?: string; forgiven?: number }[];
};

/** The account's points: the balance, what it is worth, the rules, and the latest movements. */
export const LoyaltyCard = (props: LoyaltyCardProps) => {
  const { t, money, longDate, num } = useI18n();
  const w = t.rewards.points;
  const recent = props.moves.slice(0, 10);
  return (
    <section class="card loyalty-card" aria-labelledby="loyalty-title">
      <h2 id="loyalty-title" class="card-title">
        {w.title}
      </h2>
      <p class="loyalty-balance">
        <strong>{w.balance(props.balance)}</strong> <span class="muted">· {w.worth(money(props.worthMinor))}</span>
      </p>
      <p class="field-hint">{w.rules(props.minimum)}</p>
      <h3 class="loyalty-recent">{w.recent}</h3>
      {recent.length === 0 ? (
        <p class="muted">{w.none}</p>
      ) : (
        <div class="table-wrap">
          <table class="table loyalty-moves">
            <caption class="visually-hidden">{w.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{w.when}</th>
                <th scope="col">{w.what}</th>
                <th scope="col">{w.change}</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((m) => {
                const title = m.movieTitle ?? m.bookingId;
                return (
                  <tr>
                    <td>
                      <time datetime={m.at}>{longDate(m.at)}</time>
                    </td>
                    <td>
                      <a href={`/bookings/${encodeURIComponent(m.bookingId)}`}>{m.kind === 'earn' ? w.earn(title) : m.kind === 'redeem' ? w.redeem(title) : w.reverse(title)}</a>
                      {m.forgiven ? <span class="field-hint"> {w.forgiven(m.forgiven)}</span> : null}
                    </td>
                    <td>{m.points > 0 ? `+${num(m.points)}` : m.points < 0 ? `−${num(-m.points)}` : num(0)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
