export const ContactPage = () => (
  <article class="prose">
    <h1 class="page-title">Contact us</h1>
    <p class="lead">
      Questions about a booking, a refund or your account? We're happy to help.
    </p>
    <dl class="contact-list">
      <div>
        <dt>Email</dt>
        <dd>
          <a href="mailto:support@moviemagic.in">support@moviemagic.in</a>
        </dd>
      </div>
      <div>
        <dt>Phone</dt>
        <dd>
          <a href="tel:+918045678900">+91 80 4567 8900</a>
        </dd>
      </div>
      <div>
        <dt>Hours</dt>
        <dd>Every day, 9 am – 11 pm IST</dd>
      </div>
    </dl>
    <h2>When you write</h2>
    <p>
      Please include your booking ID (it is on your ticket email) so we can find your booking
      quickly. We never ask for your password or card details.
    </p>
    <p>
      Problems at the theater itself — a lost item, the seat you booked — are handled fastest at
      the theater's box office.
    </p>
  </article>
);
