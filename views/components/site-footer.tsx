export const SiteFooter = () => (
  <footer class="site-footer">
    <div class="site-footer-inner">
      <p>© Movie Magic · Cinema tickets across India</p>
      <ul class="footer-links">
        <li>
          <a href="/about">About</a>
        </li>
        <li>
          <a href="/contact">Contact &amp; support</a>
        </li>
      </ul>
    </div>
  </footer>
);
