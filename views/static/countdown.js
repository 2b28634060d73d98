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
  function pad(n) {
    return n < 10 ? '0' + n : String(n);
  }
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    time.textContent = Math.floor(left / 60) + ':' + pad(left % 60);
    if (left <= 60 && left > 0 && !warned) {
      warned = true;
      live.textContent = 'One minute left to pay.';
    }
    if (left === 0) {
      clearInterval(timer);
      box.classList.add('ended');
      box.querySelector('.countdown-label').textContent = 'Time is up: ';
      time.textContent = 'these seats are no longer held for you.';
      box.querySelector('.countdown-until').textContent = ' Pick seats again — you have not been charged.';
      live.textContent = 'Your seat hold has expired.';
    }
  }
  var timer = setInterval(tick, 1000);
  tick();
})();
