export const AboutPage = () => (
  <article class="prose">
    <h1 class="page-title">About Movie Magic</h1>
    <p class="lead">
      Movie Magic sells cinema tickets across India — online, at the box office and at
      self-service kiosks in the theater.
    </p>
    <h2>Book online</h2>
    <p>
      Pick a city, a movie and a show, choose your seats on the real seat map and pay. Your tickets
      arrive by email with a QR code the door staff scan on the way in. Prices you see are the prices
      you pay: GST is included and the convenience fee is shown before you pay.
    </p>
    <h2>Counters and kiosks that keep working</h2>
    <p>
      Box-office counters and kiosks keep selling even when a theater's internet is down. Each one
      sells only seats set aside for it, and catches up with everyone else as soon as the
      connection is back.
    </p>
    <h2>Never a seat sold twice</h2>
    <p>
      A seat is held for you while you pay, and only one booking can ever own it — whether it was
      sold online, at a counter or at a kiosk. If a payment goes through after your hold ran out, the
      money is returned automatically.
    </p>
    <h2>For theaters</h2>
    <p>
      Theater owners and managers run their screens, schedules, prices and reports from one admin
      panel.
    </p>
  </article>
);
