// Kiosk pages work without this file. With it: a running total of the picked seats, the door's
// scan field keeps the focus (a USB scanner types into it), an optional camera scanner where the
// browser can read QR codes, and the Print button.
(function () {
  'use strict';

  var print = document.querySelector('[data-print]');
  if (print) print.addEventListener('click', function () { window.print(); });

  // The page's sentences in its language, from data attributes the page renders ({n}, {seats}, {name} filled in here).
  var words = function (el, key, fallback, fill) {
    var text = (el && el.getAttribute('data-' + key)) || fallback;
    Object.keys(fill || {}).forEach(function (k) { text = text.split('{' + k + '}').join(fill[k]); });
    return text;
  };

  var sellForm = document.getElementById('kiosk-sell-form');
  var summary = document.getElementById('kiosk-pick-summary');
  if (sellForm && summary) {
    var update = function () {
      var picked = sellForm.querySelectorAll('.s input:checked');
      var ids = [];
      picked.forEach(function (i) { ids.push(i.value); });
      var fill = { n: String(ids.length), seats: ids.join(', ') };
      summary.textContent = !ids.length
        ? words(summary, 'none', 'Tap seats to pick them.')
        : ids.length === 1
          ? words(summary, 'one', '1 seat: {seats}', fill)
          : words(summary, 'many', '{n} seats: {seats}', fill);
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

  // The camera is optional: without BarcodeDetector the button stays hidden; without a camera (or
  // with it blocked or unplugged) a message says so and the scan field keeps working.
  var cameraButton = document.getElementById('door-camera');
  var video = document.getElementById('door-video');
  var message = document.getElementById('door-camera-message');
  var say = function (text) {
    if (message) { message.textContent = text; message.hidden = false; }
    refocus();
  };
  if (!cameraButton || !video) return;
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices || typeof navigator.mediaDevices.getUserMedia !== 'function') return;
  cameraButton.hidden = false;
  cameraButton.addEventListener('click', function () {
    var detector;
    try {
      detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    } catch (e) {
      say(words(message, 'unsupported', 'This browser cannot read QR codes with the camera. Use the scanner or type the ticket code.'));
      return;
    }
    cameraButton.disabled = true;
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
      var live = true;
      var stop = function (text) {
        live = false;
        stream.getTracks().forEach(function (t) { t.stop(); });
        video.hidden = true;
        cameraButton.disabled = false;
        if (text) say(text);
      };
      stream.getTracks().forEach(function (t) {
        t.addEventListener('ended', function () { stop(words(message, 'stopped', 'The camera stopped (unplugged?). Use the scanner or type the ticket code.')); });
      });
      if (message) message.hidden = true;
      video.srcObject = stream;
      video.hidden = false;
      var started = video.play();
      if (started && started.catch) started.catch(function () { stop(words(message, 'failed', 'The camera could not start. Use the scanner or type the ticket code.')); });
      var last = '';
      var tick = function () {
        if (!live) return;
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
    }, function (err) {
      cameraButton.disabled = false;
      var name = (err && err.name) || 'Error';
      say(name === 'NotAllowedError' || name === 'SecurityError'
        ? words(message, 'blocked', 'The camera is blocked for this page. Allow it in the browser settings, or use the scanner.')
        : name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError'
          ? words(message, 'missing', 'No camera is available here. Use the scanner or type the ticket code.')
          : words(message, 'error', 'The camera could not start ({name}). Use the scanner or type the ticket code.', { name: name }));
    });
  });
})();
