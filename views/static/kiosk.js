// Kiosk pages work without this file. With it: a running total of the picked seats, the door's
// scan field keeps the focus (a USB scanner types into it), an optional camera scanner where the
// browser can read QR codes, and the Print button.
(function () {
  'use strict';

  var print = document.querySelector('[data-print]');
  if (print) print.addEventListener('click', function () { window.print(); });

  var sellForm = document.getElementById('kiosk-sell-form');
  var summary = document.getElementById('kiosk-pick-summary');
  if (sellForm && summary) {
    var update = function () {
      var picked = sellForm.querySelectorAll('.s input:checked');
      var ids = [];
      picked.forEach(function (i) { ids.push(i.value); });
      summary.textContent = ids.length ? ids.length + (ids.length === 1 ? ' seat: ' : ' seats: ') + ids.join(', ') : 'Tap seats to pick them.';
    };
    sellForm.addEventListener('change', update);
    update();
  }

  var ticket = document.getElementById('ticket');
  var doorForm = document.getElementById('door-form');
  if (!ticket || !doorForm) return;
  var refocus = function () { ticket.value = ''; ticket.focus(); };
  document.body.addEventListener('htmx:afterSwap', refocus);
  document.addEventListener('keydown', function (e) {
    if (document.activeElement === document.body && e.key.length === 1) ticket.focus();
  });

  var cameraButton = document.getElementById('door-camera');
  var video = document.getElementById('door-video');
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices || !cameraButton || !video) return;
  cameraButton.hidden = false;
  cameraButton.addEventListener('click', function () {
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
      video.srcObject = stream;
      video.hidden = false;
      video.play();
      var last = '';
      var tick = function () {
        detector.detect(video).then(function (codes) {
          if (codes.length && codes[0].rawValue !== last) {
            last = codes[0].rawValue;
            ticket.value = last;
            doorForm.requestSubmit();
            setTimeout(function () { last = ''; }, 3000);
          }
          requestAnimationFrame(tick);
        }, function () { requestAnimationFrame(tick); });
      };
      tick();
    });
  });
})();
