// The seat map works without this file (checkboxes in a form). With it: a running summary of the
// picked seats, zoom buttons for big halls, arrow keys between seats, and live updates that never
// undo a pick of a seat that is still free.
(function () {
  'use strict';
  var form = document.getElementById('seat-form');
  var map = document.getElementById('smap');
  if (!form) return;
  var summary = document.getElementById('pick-summary');
  var prices = {};
  form.querySelectorAll('.legend [data-type]').forEach(function (li) {
    prices[li.getAttribute('data-type')] = Number(li.getAttribute('data-price'));
  });
  // The page's words and locale (showtime-seats.tsx writes them on the summary).
  function word(name) {
    return summary.getAttribute('data-' + name) || '';
  }
  function fill(template, n, ids, total) {
    return template.replace('{n}', String(n)).replace('{ids}', ids).replace('{total}', total);
  }
  var inr = new Intl.NumberFormat(word('locale') || 'en-IN', { style: 'currency', currency: 'INR' });
  var notice = '';

  function summarize() {
    var picked = form.querySelectorAll('input[name="seats"]:checked');
    var ids = [];
    var total = 0;
    picked.forEach(function (input) {
      ids.push(input.value);
      // Map seats carry their type as their second class, list seats as data-t.
      total += prices[input.parentElement.getAttribute('data-t') || input.parentElement.classList[1]] || 0;
    });
    var text = ids.length ? fill(word(ids.length === 1 ? 'one' : 'many'), ids.length, ids.join(', '), inr.format(total / 100)) : word('none');
    if (ids.length > 10) text += word('max');
    summary.textContent = notice ? notice + ' ' + text : text;
    notice = '';
  }
  form.addEventListener('change', summarize);
  summarize();
  // The list view (?view=list) has no grid: the summary is all it needs.
  if (!map) return;

  // A live update re-sends a seat for a few seconds after it changes; if it is still free, keep
  // the customer's tick. If it was taken, let it be replaced (unticked, disabled) and say so.
  var lost = [];
  document.body.addEventListener('htmx:oobBeforeSwap', function (e) {
    var target = e.detail.target;
    if (!target || !target.classList || !target.classList.contains('s')) return;
    var mine = target.querySelector('input:checked');
    if (!mine) return;
    var incoming = e.detail.fragment && e.detail.fragment.querySelector('input');
    if (incoming && !incoming.hasAttribute('disabled')) {
      e.detail.shouldSwap = false;
      return;
    }
    if (lost.push(mine.value) === 1) {
      setTimeout(function () {
        notice = fill(word(lost.length === 1 ? 'lost-one' : 'lost-many'), lost.length, lost.join(', '), '');
        lost = [];
        summarize();
      }, 0);
    }
  });

  // Zoom: only offered when the hall is wider than the screen.
  var levels = ['z0', 'z1', 'z2', 'z3'];
  var zoom = document.getElementById('seat-zoom');
  function level() {
    for (var i = 0; i < levels.length; i++) if (map.classList.contains(levels[i])) return i;
    return 2;
  }
  function setLevel(next) {
    var cur = level();
    next = Math.max(0, Math.min(levels.length - 1, next));
    if (next === cur) return;
    var cx = (map.scrollLeft + map.clientWidth / 2) / map.scrollWidth;
    var cy = (map.scrollTop + map.clientHeight / 2) / map.scrollHeight;
    map.classList.replace(levels[cur], levels[next]);
    map.scrollLeft = cx * map.scrollWidth - map.clientWidth / 2;
    map.scrollTop = cy * map.scrollHeight - map.clientHeight / 2;
    zoom.querySelector('[data-zoom="-1"]').disabled = next === 0;
    zoom.querySelector('[data-zoom="1"]').disabled = next === levels.length - 1;
  }
  if (zoom && map.scrollWidth > map.clientWidth + 1) {
    zoom.hidden = false;
    // The middle block holds the best seats: start there.
    map.scrollLeft = (map.scrollWidth - map.clientWidth) / 2;
    zoom.addEventListener('click', function (e) {
      var button = e.target.closest('[data-zoom]');
      if (button) setLevel(level() + Number(button.getAttribute('data-zoom')));
    });
  }

  // Arrow keys move between free seats, row by row, like the seats are laid out.
  function free(cell) {
    var input = cell && cell.classList && cell.classList.contains('s') && cell.querySelector('input');
    return input && !input.disabled ? input : null;
  }
  function nearestIn(row, index) {
    if (!row) return null;
    var cells = row.children;
    for (var d = 0; d < cells.length; d++) {
      var hit = free(cells[index - d]) || free(cells[index + d]);
      if (hit) return hit;
    }
    return null;
  }
  map.addEventListener('keydown', function (e) {
    var input = e.target;
    if (!input.matches || !input.matches('.s input')) return;
    var cell = input.parentElement;
    var row = cell.parentElement;
    var index = Array.prototype.indexOf.call(row.children, cell);
    var next = null;
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      var step = e.key === 'ArrowRight' ? 1 : -1;
      for (var i = index + step; i >= 0 && i < row.children.length && !next; i += step) next = free(row.children[i]);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      var r = e.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling;
      while (r && !next) {
        next = nearestIn(r, index);
        r = e.key === 'ArrowDown' ? r.nextElementSibling : r.previousElementSibling;
      }
    } else {
      return;
    }
    e.preventDefault();
    if (next) next.focus();
  });
})();
