// The navigation's search box: asks /search/suggestions as one types (after a pause, from two characters) and shows
// the answer under the box. Without this script the box's form opens the results page. An external file because
// the Content-Security-Policy allows no inline script.
(function () {
  'use strict';
  var form = document.querySelector('[data-search]');
  if (!form) {
    return;
  }
  var input = form.querySelector('input[name="q"]');
  var box = form.querySelector('[data-search-results]');
  var timer = null;
  var pending = null;

  function hide() {
    box.hidden = true;
  }

  function suggest() {
    var q = input.value.replace(/[\u00a0\u202f]/g, ' ').trim();
    if (q.length < 2) {
      box.innerHTML = '';
      hide();
      return;
    }
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    fetch(form.dataset.suggest + '?q=' + encodeURIComponent(q),
        {signal: pending.signal, headers: {'Accept': 'text/html'}, credentials: 'same-origin'})
      .then(function (response) {
        // Signed out meanwhile: the answer is the login page, which does not belong in the list.
        if (!response.ok || response.redirected) {
          throw new Error('no suggestions');
        }
        return response.text();
      })
      .then(function (html) {
        box.innerHTML = html;
        box.hidden = false;
      })
      .catch(function (error) {
        if (error.name !== 'AbortError') {
          hide();
        }
      });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 200);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      hide();
    } else if (event.key === 'ArrowDown' && !box.hidden) {
      var first = box.querySelector('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  box.addEventListener('keydown', function (event) {
    var links = Array.prototype.slice.call(box.querySelectorAll('a'));
    var at = links.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < links.length - 1) {
      event.preventDefault();
      links[at + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (at > 0 ? links[at - 1] : input).focus();
    } else if (event.key === 'Escape') {
      hide();
      input.focus();
    }
  });
  document.addEventListener('click', function (event) {
    if (!form.contains(event.target)) {
      hide();
    }
  });
}());
