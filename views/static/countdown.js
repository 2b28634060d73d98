// Ticks the checkout's hold countdown down from the seconds the server wrote (the phone's own
// clock may be wrong). Without this file the page still says the minutes left and the end time.
(function () {
  'use strict';
  var time = document.querySelector('#hold-countdown [data-seconds]');
  if (!time) return;
  var box = document.getElementById('hold-countdown');
  var live = box.querySelector('.countdown-live');
  var end = Date.now() + Number(time.getAttribute('data-seconds')) * 1000;
  var warned = false;
  // The page's words, in its language (hold-countdown.tsx writes them).
  function word(name) {
    return box.getAttribute('data-' + name) || '';
  }
  function pad(n) {
    return n < 10 ? '0' + n : String(n);
  }
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    time.textContent = Math.floor(left / 60) + ':' + pad(left % 60);
    if (left <= 60 && left > 0 && !warned) {
      warned = true;
      live.textContent = word('one-minute');
    }
    if (left === 0) {
      clearInterval(timer);
      box.classList.add('ended');
      box.querySelector('.countdown-label').textContent = word('time-up');
      time.textContent = word('no-longer-held');
      box.querySelector('.countdown-until').textContent = word('pick-again');
      live.textContent = word('expired');
    }
  }
  var timer = setInterval(tick, 1000);
  tick();
})();
